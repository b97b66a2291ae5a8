package dev.errorcatalog.spring.client;

import dev.errorcatalog.jackson.LocalizedBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@code RestClient} (and {@code RestTemplate}) interceptor that localizes SignalWire error bodies on their
 * way in, so the application's own error handling sees them in the user's language; see
 * {@link ResponseLocalization} for which responses and which language. The starter adds it to every
 * {@code RestClient.Builder} it configures.
 *
 * @since 0.1
 */
public final class LocalizingRestClientInterceptor implements ClientHttpRequestInterceptor {

    private final ResponseLocalization localization;

    /** An interceptor with these settings. */
    public LocalizingRestClientInterceptor(ResponseLocalization localization) {
        this.localization = Objects.requireNonNull(localization, "localization");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        if (!localization.applies(request.getURI(), response.getStatusCode(), response.getHeaders())) {
            return response;
        }
        InputStream in = response.getBody();
        byte[] read = in.readNBytes((int) localization.maxBodySize() + 1);
        if (read.length > localization.maxBodySize()) {
            return new Replaced(response, response.getHeaders(), new SequenceInputStream(new ByteArrayInputStream(read), in));
        }
        LocalizedBody localized = localization.localize(read, localization.locale(request.getAttributes()));
        if (localized == null) {
            return new Replaced(response, response.getHeaders(), new ByteArrayInputStream(read));
        }
        return new Replaced(response, ResponseLocalization.headers(response.getHeaders(), localized),
                new ByteArrayInputStream(localized.bytes()));
    }

    /** The response with its body (and headers) replaced. */
    private static final class Replaced implements ClientHttpResponse {
        private final ClientHttpResponse response;
        private final HttpHeaders headers;
        private final InputStream body;

        Replaced(ClientHttpResponse response, HttpHeaders headers, InputStream body) {
            this.response = response;
            this.headers = headers;
            this.body = body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
