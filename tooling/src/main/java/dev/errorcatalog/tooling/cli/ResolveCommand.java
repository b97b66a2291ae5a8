package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ArgumentType;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code resolve CODE}: one message, as a server would send it. */
@Command(name = "resolve", description = "Prints the message of an error code in the best installed locale.",
        customSynopsis = {"errorcatalog resolve CODE [--locale TAG | --accept-language HEADER]",
            "                            [--arg NAME=VALUE]... [--format text|json]"},
        footer = {"", "--format text (default) prints the message;",
            "json prints {\"code\", \"message\", \"locale\", \"fallback\", \"reason\"}."})
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

    @Override
    int run() throws UsageException {
        String format = format(List.of("text", "json"));
        if (codes.size() != 1) {
            throw usage("expected exactly one CODE, got " + codes.size());
        }
        if (locale != null && acceptLanguage != null) {
            throw usage("give --locale or --accept-language, not both");
        }
        String code = codes.get(0);
        Map<String, Object> arguments = arguments(code, args);
        Locale requested = locale == null ? null : Catalogs.locale(this, "--locale", locale);
        ErrorCatalog catalog = Catalogs.catalog(err());
        Locale target = requested != null ? requested : catalog.negotiate(acceptLanguage == null ? "" : acceptLanguage);
        ResolvedMessage message = catalog.resolve(code, target, arguments);
        if (format.equals("json")) {
            out().println(Catalogs.JSON.writeValueAsString(new Output(message.code(), message.text(), message.languageTag(),
                    message.isFallback(), message.fallback().name().toLowerCase(Locale.ROOT))));
        } else {
            out().println(message.text());
        }
        return ExitCode.OK;
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
