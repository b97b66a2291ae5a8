package dev.errorcatalog;

import static dev.errorcatalog.Argument.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A key that every locale bundle provides, with the arguments its message takes.
 *
 * <p>The keys are the {@linkplain ErrorCode error codes} plus the generic messages: two that the catalog
 * uses for codes it does not know, {@link #UNKNOWN_CODE} and {@link #UNEXPECTED_ERROR}, and
 * {@link #WITH_ATTRIBUTE}, which names the request parameter an error is about.
 *
 * @param key the bundle key
 * @param arguments the named ICU arguments of its message
 * @since 0.1
 */
public record MessageKey(String key, List<Argument> arguments) {

    /** The generic message for a code this release does not know; it names the code. */
    public static final MessageKey UNKNOWN_CODE =
            new MessageKey("errorcatalog.unknown_code", List.of(text("code", "new_error_code")));

    /** The generic message for a missing or blank code. */
    public static final MessageKey UNEXPECTED_ERROR = new MessageKey("errorcatalog.unexpected_error", List.of());

    /**
     * A message that names the request parameter it is about, e.g. {@code {message} (parameter: {attribute})};
     * the parameter name is printed verbatim.
     *
     * @since 0.2
     */
    public static final MessageKey WITH_ATTRIBUTE = new MessageKey("errorcatalog.with_attribute",
            List.of(text("message", "The call is not routable."), text("attribute", "to")));

    public MessageKey {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** Every key a complete locale bundle provides: the error codes in catalog order, then the generic ones. */
    public static List<MessageKey> all() {
        return All.KEYS;
    }

    /** Initialised on first use: {@link ErrorCode}'s constants create message keys while they initialise. */
    private static final class All {
        static final List<MessageKey> KEYS;

        static {
            List<MessageKey> all = new ArrayList<>();
            for (ErrorCode code : ErrorCode.values()) {
                all.add(code.key());
            }
            all.add(UNKNOWN_CODE);
            all.add(UNEXPECTED_ERROR);
            all.add(WITH_ATTRIBUTE);
            KEYS = Collections.unmodifiableList(all);
        }
    }
}
