package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.Argument;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ResolvedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list}: every code with its arguments and its message. */
@Command(name = "list",
        description = "Prints every error code of the catalog with its declared arguments and its message, rendered"
                + " with the arguments' example values.",
        customSynopsis = "errorcatalog list [--locale TAG] [--format text|json] [--bundles PATH...] [--strict]",
        footer = {"", "--format text (default): one code per line, 'code: message', and one line on standard error if",
            "messages fell back (errorcatalog: fallback REASON: which and why); --strict then exits 1;",
            "json: [{\"code\", \"arguments\": [{\"name\", \"type\", \"example\"}], \"message\", \"locale\",",
            "\"renamedFrom\": [old codes]}]"})
final class ListCommand extends CliCommand {

    /** One code in the JSON output: a contract. {@code renamedFrom}: the replaced codes that resolve to it. */
    record Entry(String code, List<ArgumentOutput> arguments, String message, String locale, List<String> renamedFrom) {
    }

    /** One declared argument in the JSON output. */
    record ArgumentOutput(String name, String type, Object example) {
    }

    @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag, e.g. de or es-MX (default: en)")
    String locale;

    @Mixin
    PreviewOptions preview;

    @Override
    int run() throws UsageException {
        String format = format(List.of("text", "json"));
        Locale requested = locale == null ? null : Catalogs.locale(this, "--locale", locale);
        ErrorCatalog catalog = preview.catalog(this, err());
        Locale target = requested == null ? catalog.defaultLocale() : requested;
        List<Entry> entries = new ArrayList<>();
        List<ResolvedMessage> messages = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            Map<String, Object> examples = new LinkedHashMap<>();
            List<ArgumentOutput> arguments = new ArrayList<>();
            for (Argument argument : code.arguments()) {
                examples.put(argument.name(), argument.example());
                arguments.add(new ArgumentOutput(argument.name(), argument.type().id(), argument.example()));
            }
            ResolvedMessage message = catalog.resolve(code, target, examples);
            messages.add(message);
            entries.add(new Entry(code.code(), arguments, message.text(), message.languageTag(), RenamedCodes.of(code)));
        }
        if (format.equals("json")) {
            out().println(Catalogs.JSON.writeValueAsString(entries));
        } else {
            for (Entry entry : entries) {
                out().println(entry.code() + ": " + entry.message());
            }
        }
        String note = FallbackNote.ofList(catalog, target, messages);
        if (note != null && format.equals("text")) {
            err().println(note);
        }
        return preview.exit(note != null);
    }
}
