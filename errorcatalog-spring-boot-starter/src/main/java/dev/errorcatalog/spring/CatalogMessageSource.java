package dev.errorcatalog.spring;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * A Spring {@link MessageSource} whose messages are the catalog's: {@code getMessage("not_e164", args,
 * locale)} resolves the code through the {@link ErrorCatalog}, and every other code goes to the parent.
 *
 * <p>The starter makes it the parent of the application's own message source (its {@code
 * messages.properties} keep working and win for the keys they define), or the {@code messageSource} bean
 * itself when the application has none. Arguments are the code's {@linkplain ErrorCode#arguments()
 * declared arguments}, either positionally in the declared order or as one {@code Map} of named values;
 * positional values beyond the declared ones are ignored. A {@code null} locale means the catalog's
 * default locale, never the JVM's.
 *
 * @since 0.1
 */
public class CatalogMessageSource implements HierarchicalMessageSource {

    private final ErrorCatalog catalog;
    private final FallbackRecorder recorder;
    private volatile MessageSource parent;

    /** A message source over {@code catalog} that reports each resolution to {@code recorder}. */
    public CatalogMessageSource(ErrorCatalog catalog, FallbackRecorder recorder) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void setParentMessageSource(MessageSource parent) {
        this.parent = parent;
    }

    @Override
    public MessageSource getParentMessageSource() {
        return parent;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        ResolvedMessage resolved = resolve(code, args, locale);
        if (resolved != null) {
            return resolved.text();
        }
        MessageSource parent = this.parent;
        return parent != null ? parent.getMessage(code, args, defaultMessage, locale) : defaultMessage;
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        ResolvedMessage resolved = resolve(code, args, locale);
        if (resolved != null) {
            return resolved.text();
        }
        MessageSource parent = this.parent;
        if (parent != null) {
            return parent.getMessage(code, args, locale);
        }
        throw new NoSuchMessageException(code, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                ResolvedMessage resolved = resolve(code, resolvable.getArguments(), locale);
                if (resolved != null) {
                    return resolved.text();
                }
            }
        }
        MessageSource parent = this.parent;
        if (parent != null) {
            return parent.getMessage(resolvable, locale);
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        String last = codes != null && codes.length > 0 ? codes[codes.length - 1] : "";
        throw new NoSuchMessageException(last, locale);
    }

    /** The catalog's message for a known code, or {@code null} for any other code. */
    private ResolvedMessage resolve(String code, Object[] args, Locale locale) {
        ErrorCode known = code == null ? null : ErrorCode.fromCode(code).orElse(null);
        if (known == null) {
            return null;
        }
        ResolvedMessage resolved = catalog.resolve(known, locale == null ? catalog.defaultLocale() : locale,
                arguments(known, args));
        recorder.record(resolved.fallback(), resolved.locale());
        return resolved;
    }

    /** Positional values named in the declared order, or the one {@code Map} given. */
    static Map<String, Object> arguments(ErrorCode code, Object[] args) {
        if (args == null || args.length == 0) {
            return Map.of();
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (args.length == 1 && args[0] instanceof Map) {
            ((Map<?, ?>) args[0]).forEach((name, value) -> named.put(String.valueOf(name), value));
            return named;
        }
        List<Argument> declared = code.arguments();
        for (int i = 0; i < args.length && i < declared.size(); i++) {
            named.put(declared.get(i).name(), args[i]);
        }
        return named;
    }
}
