package com.example.quickstart;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ResolvedMessage;
import java.util.Locale;
import java.util.Map;

public final class ErrorMessages {

    private static final ErrorCatalog CATALOG = ErrorCatalog.create();   // once: immutable and thread-safe

    /** The user-facing text of a SignalWire error code, in the language of an Accept-Language header. */
    public static ResolvedMessage describe(String code, String acceptLanguage, Map<String, ?> arguments) {
        Locale locale = CATALOG.negotiate(acceptLanguage);                // never throws; an installed locale
        ResolvedMessage message = CATALOG.resolve(code, locale, arguments);   // never throws (FALLBACK policy)
        if (message.isFallback()) {                                       // e.g. UNKNOWN_CODE, INVALID_ARGUMENTS
            System.getLogger("errors").log(System.Logger.Level.INFO, "fallback " + message.fallback() + " for " + code);
        }
        return message;   // message.text() for the body, message.languageTag() for Content-Language
    }

    public static void main(String[] args) {
        ResolvedMessage message = describe("purchased_too_recently", "de-CH,de;q=0.9,en;q=0.5",
                Map.of("waitDays", 14, "trialWaitDays", 30));
        System.out.println(message.languageTag() + ": " + message.text());
    }
}
