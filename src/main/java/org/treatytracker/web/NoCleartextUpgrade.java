package org.treatytracker.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain HTTP stays HTTP/1.1: a client asking to upgrade to cleartext HTTP/2 ({@code Upgrade: h2c},
 * what Java's HttpClient and {@code curl --http2} send by default) is answered in HTTP/1.1. Upgraded,
 * a request with a body (every write) failed in the HTTP layer with a 500 in plain text, before
 * the application saw it. HTTP/2 over TLS (negotiated by ALPN) is not affected.
 */
@ApplicationScoped
public class NoCleartextUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
