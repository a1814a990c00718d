package org.treatytracker.web;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether the service has begun to stop. A request accepted in the last moments of a shutdown can
 * find the persistence layer already closed; its failure is the shutdown's, not a fault to log as one.
 */
@ApplicationScoped
public class Stopping {

    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean now() {
        return stopping;
    }
}
