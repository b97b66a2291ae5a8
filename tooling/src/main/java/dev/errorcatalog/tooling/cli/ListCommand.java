package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code list}: every code with its arguments and its message. */
final class ListCommand implements Command {

    /** One code in the JSON output: a contract. {@code renamedFrom}: the replaced codes that resolve to it. */
    record Entry(String code, List<ArgumentOutput> arguments, String message, String locale, List<String> renamedFrom) {
    }

    /** One declared argument in the JSON output. */
    record ArgumentOutput(String name, String type, Object example) {
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "print every code with its arguments and message";
    }

    @Override
    public String help() {
        return """
                Usage: errorcatalog list [--locale TAG] [--format text|json]

                Prints every error code of the catalog with its declared arguments and its message,
                rendered with the arguments' example values.

                  --locale TAG         BCP 47 language tag, e.g. de or es-MX (default: en)
                  --format text|json   text (default): one code per line, 'code: message';
                                       json: [{"code", "arguments": [{"name", "type", "example"}],
                                       "message", "locale", "renamedFrom": [old codes]}]
                """;
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws UsageException {
        Options options = Options.parse("list", args, Set.of("--locale", "--format"), Set.of());
        String format = options.choice("list", "--format", "text", List.of("text", "json"));
        if (!options.positionals().isEmpty()) {
            throw new UsageException("list: unexpected argument '" + options.positionals().get(0) + "'");
        }
        ErrorCatalog catalog = Catalogs.catalog();
        Locale locale = options.value("--locale") == null ? catalog.defaultLocale()
                : Catalogs.locale("list", options.value("--locale"));
        List<Entry> entries = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            Map<String, Object> examples = new LinkedHashMap<>();
            List<ArgumentOutput> arguments = new ArrayList<>();
            for (Argument argument : code.arguments()) {
                examples.put(argument.name(), argument.example());
                arguments.add(new ArgumentOutput(argument.name(), argument.type().id(), argument.example()));
            }
            ResolvedMessage message = catalog.resolve(code, locale, examples);
            entries.add(new Entry(code.code(), arguments, message.text(), message.languageTag(), RenamedCodes.of(code)));
        }
        if (format.equals("json")) {
            out.println(Catalogs.JSON.writeValueAsString(entries));
        } else {
            for (Entry entry : entries) {
                out.println(entry.code() + ": " + entry.message());
            }
        }
        return ExitCode.OK;
    }
}
