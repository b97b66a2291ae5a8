package dev.errorcatalog.spring.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the test server on loopback. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    /** {@code POST path} with a JSON body and an Accept-Language header ({@code null}: none). */
    public HttpResponse<String> post(String path, String json, String acceptLanguage) {
        HttpRequest.Builder request = request(path, acceptLanguage)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** {@code GET path} with an Accept-Language header ({@code null}: none). */
    public HttpResponse<String> get(String path, String acceptLanguage) {
        return send(request(path, acceptLanguage).GET().build());
    }

    /** {@code GET url} of another server. */
    public HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private HttpRequest.Builder request(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as a JSON tree. */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
