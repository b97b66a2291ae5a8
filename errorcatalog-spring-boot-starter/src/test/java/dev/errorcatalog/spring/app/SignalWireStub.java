package dev.errorcatalog.spring.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for SignalWire's REST API on a random loopback port, answering real error bodies (as
 * documented and as catalog-jackson's test set records them).
 */
public final class SignalWireStub implements AutoCloseable {

    /** The REST API's 422 for a call to a number that cannot be reached (issue 15's example). */
    public static final String NOT_ROUTABLE = "{\"errors\":[{\"type\":\"validation_error\",\"code\":\"not_routable\","
            + "\"message\":\"The call is not routable\",\"attribute\":\"to\","
            + "\"url\":\"https://developer.signalwire.com/rest/overview/error-codes/#not_routable\"}]}";

    /** Two items, one of a code this release does not know: it keeps its upstream text. */
    public static final String WITH_UNKNOWN = "{\"statusCode\":422,\"errors\":[{\"type\":\"validation_error\","
            + "\"code\":\"not_e164\",\"message\":\"must be in E.164 format\",\"attribute\":\"to\"},"
            + "{\"type\":\"validation_error\",\"code\":\"brand_new_code\",\"message\":\"Something new went wrong\","
            + "\"attribute\":\"base\"}]}";

    private final HttpServer server;

    public SignalWireStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        answer("/api/calls", 422, "application/json", NOT_ROUTABLE);
        answer("/api/messages", 422, "application/json; charset=utf-8", WITH_UNKNOWN);
        answer("/api/ok", 200, "application/json", "{\"errors\":[{\"code\":\"not_e164\",\"message\":\"kept\"}]}");
        answer("/api/html", 502, "application/json", "<html><body>Bad gateway</body></html>");
        answer("/api/text", 422, "text/plain", NOT_ROUTABLE);
        answer("/api/big", 422, "application/json", NOT_ROUTABLE.replace("routable\"}", "routable\",\"padding\":\""
                + "x".repeat(4096) + "\"}"));
        answer("/api/big-chunked", 422, "application/json", NOT_ROUTABLE.replace("routable\"}", "routable\",\"padding\":\""
                + "x".repeat(4096) + "\"}"), true);
        answer("/api/chunked", 422, "application/json", NOT_ROUTABLE, true);
        server.start();
    }

    private void answer(String path, int status, String contentType, String body) {
        answer(path, status, contentType, body, false);
    }

    /** Answers {@code path}; {@code chunked}: without a Content-Length. */
    private void answer(String path, int status, String contentType, String body, boolean chunked) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    /** The URL of {@code path} on this stub, by loopback address. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The URL of {@code path} on this stub by the name {@code localhost}, a host not configured. */
    public String urlByName(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
