package dev.errorcatalog.spring.client;

import dev.errorcatalog.jackson.LocalizedBody;
import java.util.Locale;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A {@code WebClient} filter that localizes SignalWire error bodies on their way in; see
 * {@link ResponseLocalization} for which responses and which language. The language is taken when the
 * request is sent: set the request attribute {@link ResponseLocalization#LOCALE_ATTRIBUTE} where that is
 * not on the thread of the user's request. The starter adds it to every {@code WebClient.Builder} it
 * configures, where WebFlux is present.
 *
 * @since 0.1
 */
public final class LocalizingWebClientFilter implements ExchangeFilterFunction {

    private final ResponseLocalization localization;

    /** A filter with these settings. */
    public LocalizingWebClientFilter(ResponseLocalization localization) {
        this.localization = Objects.requireNonNull(localization, "localization");
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        Locale locale = localization.locale(request.attributes());
        return next.exchange(request).flatMap(response -> {
            if (!localization.applies(request.url(), response.statusCode(), response.headers().asHttpHeaders())) {
                return Mono.just(response);
            }
            return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), (int) localization.maxBodySize())
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0])
                    .map(bytes -> replace(response, bytes, localization.localize(bytes, locale)));
        });
    }

    private static ClientResponse replace(ClientResponse response, byte[] received, LocalizedBody localized) {
        byte[] body = localized == null ? received : localized.bytes();
        ClientResponse.Builder builder = response.mutate().body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        if (localized != null) {
            builder.headers(headers -> headers.putAll(ResponseLocalization.headers(headers, localized)));
        }
        return builder.build();
    }
}
