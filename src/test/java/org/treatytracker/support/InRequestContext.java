package org.treatytracker.support;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.concurrent.Callable;

/**
 * A new transaction in a request context, as a request or a command has one: Hibernate's sessions
 * choose their database (primary or replica) by the request they serve and fail outside one, and the
 * test helpers also run from {@code @BeforeAll} and {@code @AfterAll}, where JUnit runs none.
 */
public final class InRequestContext {

    private InRequestContext() {
    }

    public static <T> T transaction(Callable<T> work) {
        ManagedContext context = Arc.container().requestContext();
        if (context.isActive()) {
            return QuarkusTransaction.requiringNew().call(work);
        }
        context.activate();
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            context.terminate();
        }
    }

    public static void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }
}
