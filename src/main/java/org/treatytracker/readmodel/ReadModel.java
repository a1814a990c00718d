package org.treatytracker.readmodel;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.TrackerConfig;
import org.treatytracker.release.DataRelease;
import org.treatytracker.replica.ReadSource;
import org.treatytracker.web.DataVersionHeaders;
import org.treatytracker.web.EntityTags;

/**
 * The read model: every public read answered 200 (API and pages alike) is held in memory for the
 * data release it was read at and given again from there, until the release moves on (docs/scaling.md).
 * <p>
 * A response is held only if no data change committed while it was made: the release this instance
 * knew before the resource ran (never newer than the database's) must still be the database's after
 * it, read from the database the response was read from (primary or replica, {@link ReadSource}). Every statement the resource ran then saw that release and nothing else, so a held answer
 * never shows part of a change. Requests that carry credentials (an editor's reads), ask for
 * {@code Cache-Control: no-cache}, or arrive while the watch is not connected are made from the
 * database as before; the first two still refresh what is held.
 */
public class ReadModel {

    private static final String MAKING = ReadModel.class.getName() + ".making";
    /** Set by the API's filters at each answer; a held response gets them fresh from its release. */
    private static final Set<String> NOT_HELD = Set.of(DataVersionHeaders.DATA_VERSION.toLowerCase(), "last-modified",
            "content-length", "content-type", "date", "set-cookie");

    /** A request that is making a response others may wait for. */
    private record Making(ResponseKey key, long version, CompletableFuture<HeldResponse> result) {
    }

    private final ResponseMemo memo;
    private final ReadSource source;
    private final RebuildAfterChange rebuild;
    private final boolean enabled;

    public ReadModel(ResponseMemo memo, ReadSource source, RebuildAfterChange rebuild, TrackerConfig config) {
        this.memo = memo;
        this.source = source;
        this.rebuild = rebuild;
        this.enabled = config.readModel().enabled();
    }

    /** Before the API's own filters (which read the release): a held answer needs none of them. */
    @ServerRequestFilter(priority = Priorities.USER - 100)
    public Response answer(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled || !"GET".equals(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Optional<DataRelease> known = source.release();
        if (known.isEmpty()) {
            return null;
        }
        rebuild.servedAt(http.localAddress().host(), http.localAddress().port());
        DataRelease release = known.get();
        ResponseKey key = ResponseKey.of(request, http.query());
        if (!noCache(request)) {
            HeldResponse held = memo.get(key, release.version());
            if (held == null) {
                CompletableFuture<HeldResponse> mine = new CompletableFuture<>();
                CompletableFuture<HeldResponse> other = memo.makerOr(key, mine);
                if (other != null) {
                    held = await(other);
                    if (held == null || held.version() != release.version()) {
                        return null;
                    }
                } else {
                    request.setProperty(MAKING, new Making(key, release.version(), mine));
                    return null;
                }
            }
            DataVersionHeaders.remember(request, release);
            return response(held, release, request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
        request.setProperty(MAKING, new Making(key, release.version(), new CompletableFuture<>()));
        return null;
    }

    /** After the API's filters have tagged the answer: holds it if it may be held, and frees its waiters. */
    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void hold(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(MAKING) instanceof Making making)) {
            return;
        }
        HeldResponse made = null;
        try {
            made = heldFrom(making, response);
            if (made != null) {
                memo.put(made);
            }
        } finally {
            making.result().complete(made);
        }
    }

    private HeldResponse heldFrom(Making making, ContainerResponseContext response) {
        Object cacheControl = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != 200 || !(response.getEntity() instanceof byte[] body) || response.getMediaType() == null
                || !response.getHeaders().containsKey(HttpHeaders.ETAG) || response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
                || cacheControl == null || cacheControl.toString().contains("private")) {
            return null;
        }
        DataRelease after;
        try {
            after = source.readNow();
        } catch (SQLException unreachable) {
            return null;
        }
        if (after.version() != making.version()) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_HELD.contains(name.toLowerCase())) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        return new HeldResponse(making.key(), making.version(), body, response.getMediaType().toString(), List.copyOf(headers));
    }

    /** The held answer, or a 304 when the client already has it (whichever resource made it, and whatever its filters do). */
    private static Response response(HeldResponse held, DataRelease release, String ifNoneMatch) {
        String etag = held.headers().stream().filter(h -> h.getKey().equalsIgnoreCase(HttpHeaders.ETAG))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        Response.ResponseBuilder answer = etag != null && EntityTags.matches(ifNoneMatch, etag) ? Response.notModified()
                : Response.ok(held.body(), held.mediaType());
        held.headers().forEach(h -> answer.header(h.getKey(), h.getValue()));
        return answer.header(DataVersionHeaders.DATA_VERSION, release.version())
                .header(HttpHeaders.LAST_MODIFIED, DataVersionHeaders.lastModified(release))
                .build();
    }

    private static HeldResponse await(CompletableFuture<HeldResponse> other) {
        try {
            return other.get(ResponseMemo.WAIT_FOR_MAKER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException failedOrSlow) {
            return null;
        }
    }

    private static boolean noCache(ContainerRequestContext request) {
        String cacheControl = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase().contains("no-cache");
    }
}
