package org.treatytracker.cli;

import io.quarkus.runtime.Quarkus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: the service, until it is stopped. What runs when no command is given. */
@Command(name = "serve",
        description = {"Serves the API until stopped: what runs when no command is given.",
                "Serves HTTP on port 8080 (or QUARKUS_HTTP_PORT) until SIGTERM or Ctrl-C. Before it serves, the "
                        + "start-up creates the database if it is missing, migrates it and loads seeds/ and datasets/; "
                        + "with no QUARKUS_DATASOURCE_JDBC_URL set, it runs an embedded PostgreSQL."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "1:the start failed (one line saying why and how to fix it)"})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Quarkus.waitForExit();
        return 0;
    }
}
