package dev.errorcatalog.it;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ResolvedMessage;
import java.util.List;
import java.util.Map;

/**
 * Prints what a service would see: the installed locales, negotiation results and resolved messages,
 * one line each, so that runs on the class path, on the module path and under other JVM default locales
 * can be compared.
 */
public final class Probe {

    private Probe() {
    }

    public static void main(String[] args) {
        ErrorCatalog catalog = ErrorCatalog.create();
        System.out.println("locales|" + catalog.locales());
        System.out.println("warnings|" + catalog.warnings().size());
        for (String header : List.of("de-CH", "es-MX", "pt-BR", "tr-TR, en;q=0.1", "fr-FR", "de;q=0, es;q=0.5", "garbage;q=x, es")) {
            System.out.println("negotiate|" + header + "|" + catalog.negotiate(header).toLanguageTag());
        }
        for (String header : List.of("de-CH", "es-MX", "pt-BR", "tr-TR", "fr")) {
            print(header, catalog.resolve("invalid_number_format", catalog.negotiate(header)));
            print(header, catalog.resolve("purchased_too_recently", catalog.negotiate(header),
                    Map.of("waitDays", 14, "trialWaitDays", 1_000_000)));
            print(header, catalog.resolve("INVALID_SIP_DESTINATION", catalog.negotiate(header)));
            print(header, catalog.resolve("code_from_the_future", catalog.negotiate(header)));
        }
    }

    private static void print(String header, ResolvedMessage message) {
        System.out.println("resolve|" + header + "|" + message.code() + "|" + message.languageTag() + "|"
                + message.fallback() + "|" + message.text());
    }
}
