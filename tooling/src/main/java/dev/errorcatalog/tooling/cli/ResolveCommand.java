package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ArgumentType;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resolve CODE}: one message, as a server would send it. */
@Command(name = "resolve", description = "Prints the message of an error code in the best installed locale.",
        customSynopsis = {"errorcatalog resolve CODE [--locale TAG | --accept-language HEADER]",
            "                            [--arg NAME=VALUE]... [--format text|json]",
            "                            [--bundles PATH...] [--strict]"},
        footer = {"", "--format text (default) prints the message, and one line on standard error if it fell back",
            "(errorcatalog: fallback REASON: why); json prints {\"code\", \"message\", \"locale\", \"fallback\", \"reason\"}.",
            "--strict exits 1 on a fallback, or on an Accept-Language that no installed locale matches."})
final class ResolveCommand extends CliCommand {

    /** The JSON output: a contract. */
    record Output(String code, String message, String locale, boolean fallback, String reason) {
    }

    @Parameters(paramLabel = "CODE", arity = "0..*",
            description = "the code as the API sends it, e.g. invalid_number_format; an unknown code prints a generic "
                    + "message that names it")
    List<String> codes = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag, e.g. de or es-MX (default: en)")
    String locale;

    @Option(names = "--accept-language", paramLabel = "HEADER",
            description = "an HTTP Accept-Language header, e.g. \"de-CH,de;q=0.9\"")
    String acceptLanguage;

    @Option(names = "--arg", paramLabel = "NAME=VALUE",
            description = "a named argument of the message; repeat for each. 'list' shows every code's arguments")
    List<String> args = new ArrayList<>();

    @Mixin
    PreviewOptions preview;

    @Override
    int run() throws UsageException {
        String format = format(List.of("text", "json"));
        if (codes.size() != 1) {
            List<Path> stray = preview.strayWords();
            throw usage("expected exactly one CODE, got " + codes.size() + (codes.isEmpty() && !stray.isEmpty()
                    ? " (--bundles took '" + stray.get(stray.size() - 1) + "' as a path: put CODE before --bundles)" : ""));
        }
        if (locale != null && acceptLanguage != null) {
            throw usage("give --locale or --accept-language, not both");
        }
        String code = codes.get(0);
        Map<String, Object> arguments = arguments(code, args);
        Locale requested = locale == null ? null : Catalogs.locale(this, "--locale", locale);
        ErrorCatalog catalog = preview.catalog(this, err());
        Locale target = requested != null ? requested : catalog.negotiate(acceptLanguage == null ? "" : acceptLanguage);
        ResolvedMessage message = catalog.resolve(code, target, arguments);
        String note = requested != null || message.isFallback()
                ? FallbackNote.of(catalog, code, target, arguments, message)
                : FallbackNote.ofNegotiation(catalog, acceptLanguage, message);
        if (format.equals("json")) {
            out().println(Catalogs.JSON.writeValueAsString(new Output(message.code(), message.text(), message.languageTag(),
                    message.isFallback(), message.fallback().name().toLowerCase(Locale.ROOT))));
        } else {
            out().println(message.text());
            if (note != null) {
                err().println(note);
            }
        }
        return preview.exit(note != null);
    }

    /** The {@code --arg} values, typed as the code declares them. */
    private Map<String, Object> arguments(String code, List<String> args) throws UsageException {
        List<Argument> declared = ErrorCode.fromCode(code).map(ErrorCode::arguments).orElse(List.of());
        Map<String, Object> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw usage("--arg takes NAME=VALUE, not '" + arg + "'");
            }
            String name = arg.substring(0, equals);
            String value = arg.substring(equals + 1);
            Argument argument = declared.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
            if (argument == null) {
                throw usage("" + code + " takes no argument '" + name + "'"
                        + (declared.isEmpty() ? "" : "; it takes " + declared.stream().map(Argument::name).toList()));
            }
            values.put(name, argument.type() == ArgumentType.TEXT ? value : number(name, value));
        }
        return values;
    }

    private Number number(String name, String value) throws UsageException {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Number) number.longValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw usage("argument '" + name + "' takes a number, not '" + value + "'");
        }
    }
}
