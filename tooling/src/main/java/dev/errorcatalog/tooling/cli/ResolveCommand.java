package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ArgumentType;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code resolve CODE}: one message, as a server would send it. */
final class ResolveCommand implements Command {

    /** The JSON output: a contract. */
    record Output(String code, String message, String locale, boolean fallback, String reason) {
    }

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public String summary() {
        return "print the message of one error code";
    }

    @Override
    public String help() {
        return """
                Usage: errorcatalog resolve CODE [--locale TAG | --accept-language HEADER]
                                           [--arg NAME=VALUE]... [--format text|json]

                Prints the message of an error code in the best installed locale.

                  CODE                       the code as the API sends it, e.g. invalid_number_format;
                                             an unknown code prints a generic message that names it
                  --locale TAG               BCP 47 language tag, e.g. de or es-MX (default: en)
                  --accept-language HEADER   an HTTP Accept-Language header, e.g. "de-CH,de;q=0.9"
                  --arg NAME=VALUE           a named argument of the message; repeat for each.
                                             'list' shows every code's arguments
                  --format text|json         text (default) prints the message; json prints
                                             {"code", "message", "locale", "fallback", "reason"}
                """;
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws UsageException {
        Options options = Options.parse("resolve", args, Set.of("--locale", "--accept-language", "--format"), Set.of("--arg"));
        String format = options.choice("resolve", "--format", "text", List.of("text", "json"));
        if (options.positionals().size() != 1) {
            throw new UsageException("resolve: expected exactly one CODE, got " + options.positionals().size());
        }
        if (options.value("--locale") != null && options.value("--accept-language") != null) {
            throw new UsageException("resolve: give --locale or --accept-language, not both");
        }
        String code = options.positionals().get(0);
        Map<String, Object> arguments = arguments(code, options.values("--arg"));
        ErrorCatalog catalog = Catalogs.catalog();
        Locale locale = options.value("--locale") != null
                ? Catalogs.locale("resolve", options.value("--locale"))
                : catalog.negotiate(options.value("--accept-language", ""));
        ResolvedMessage message = catalog.resolve(code, locale, arguments);
        if (format.equals("json")) {
            out.println(Catalogs.JSON.writeValueAsString(new Output(message.code(), message.text(), message.languageTag(),
                    message.isFallback(), message.fallback().name().toLowerCase(Locale.ROOT))));
        } else {
            out.println(message.text());
        }
        return ExitCode.OK;
    }

    /** The {@code --arg} values, typed as the code declares them. */
    private static Map<String, Object> arguments(String code, List<String> args) throws UsageException {
        List<Argument> declared = ErrorCode.fromCode(code).map(ErrorCode::arguments).orElse(List.of());
        Map<String, Object> values = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("resolve: --arg takes NAME=VALUE, not '" + arg + "'");
            }
            String name = arg.substring(0, equals);
            String value = arg.substring(equals + 1);
            Argument argument = declared.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
            if (argument == null) {
                throw new UsageException("resolve: " + code + " takes no argument '" + name + "'"
                        + (declared.isEmpty() ? "" : "; it takes " + declared.stream().map(Argument::name).toList()));
            }
            values.put(name, argument.type() == ArgumentType.TEXT ? value : number(name, value));
        }
        return values;
    }

    private static Number number(String name, String value) throws UsageException {
        try {
            BigDecimal number = new BigDecimal(value.trim());
            return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                    ? (Number) number.longValueExact() : number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("resolve: argument '" + name + "' takes a number, not '" + value + "'");
        }
    }
}
