package org.treatytracker.startup;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Optional;
import org.treatytracker.TrackerConfig;
import org.treatytracker.importer.DatasetLoadException;
import org.treatytracker.seed.SeedLoadException;
import org.treatytracker.startup.DatabaseRoles;

/** See {@link ExplainsStartupFailures}. */
@ExplainsStartupFailures
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class StartupFailureInterceptor {

    private final DatabaseFailures database;
    private final TrackerConfig config;

    public StartupFailureInterceptor(DatabaseRoles roles, TrackerConfig config) {
        this.database = new DatabaseFailures(roles);
        this.config = config;
    }

    @AroundInvoke
    Object explain(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            Optional<StartupFailure> explained = explain(e);
            if (explained.isPresent()) {
                throw explained.get();
            }
            throw e;
        }
    }

    private Optional<StartupFailure> explain(Exception e) {
        if (e instanceof SeedLoadException) {
            // The loader has logged every problem, one a line; the stack trace would add nothing.
            return Optional.of(StartupFailure.because("the seeds in " + config.seeds().dir() + " are not loadable (the problems are listed above)",
                    "Fix them, point TRACKER_SEEDS_DIR at another folder, or start without loading (TRACKER_SEEDS_LOAD=false)"));
        }
        if (e instanceof DatasetLoadException) {
            return Optional.of(StartupFailure.because("the datasets in " + config.datasets().dir() + " are not loadable (the problems are listed above)",
                    "Fix them, point TRACKER_DATASETS_DIR at another folder, or start without loading (TRACKER_DATASETS_LOAD=false)"));
        }
        return database.explain(e);
    }
}
