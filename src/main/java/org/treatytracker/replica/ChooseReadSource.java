package org.treatytracker.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.treatytracker.release.DataRelease;

/**
 * Sends a public read (GET or HEAD without credentials) to the replica when it may serve it; every
 * other request (writes, an editor's reads) stays on the primary. First of the request filters:
 * the read model and the release labels ask {@link ReadSource} which release the answer has.
 */
public class ChooseReadSource {

    private final ReplicaWatch replica;
    private final ReadSource source;
    private final Counter replicaReads;
    private final Counter primaryReads;

    public ChooseReadSource(ReplicaWatch replica, ReadSource source, MeterRegistry metrics) {
        this.replica = replica;
        this.source = source;
        this.replicaReads = metrics.counter("tracker.public.reads", "database", "replica");
        this.primaryReads = metrics.counter("tracker.public.reads", "database", "primary");
    }

    @ServerRequestFilter(priority = Priorities.USER - 200)
    public void choose(ContainerRequestContext request) {
        if (!replica.configured() || !publicRead(request)) {
            return;
        }
        Optional<DataRelease> release = replica.usable();
        if (release.isPresent()) {
            source.useReplica(release.get());
            replicaReads.increment();
        } else {
            primaryReads.increment();
        }
    }

    private static boolean publicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }
}
