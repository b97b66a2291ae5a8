package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.jackson.ArgumentValue;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.jackson.InvalidBodyException;
import dev.errorcatalog.jackson.ItemReport;
import dev.errorcatalog.jackson.LocalizedBody;
import dev.errorcatalog.jackson.ProblemDetails;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/** {@code localize-body [FILE|-]}: a SignalWire error body with its texts in the user's language. */
@Command(name = "localize-body", description = "Prints a SignalWire error response body with each error item's text localized.",
        customSynopsis = {"errorcatalog localize-body [--locale TAG | --accept-language HEADER] [--keep-original FIELD]",
            "                            [--problem-json [--status CODE]] [--single-language] [--format text|json] [FILE|-]"},
        footer = {"", "Reads FILE, or standard input for - or no FILE. --format text (default) prints the body and writes",
            "'Content-Language: TAG' to standard error; json prints {\"contentLanguage\", \"body\", \"items\"}.",
            "A body that is not JSON within the limits exits 2 with one line."})
final class LocalizeBodyCommand extends CliCommand {

    /** One item of the JSON output: a contract. */
    record Item(String pointer, String shape, String code, String resolved, boolean localized, String reason, String locale,
            List<Argument> arguments, String problem) {
    }

    /** One argument of an item: its value and where it came from. */
    record Argument(String name, Object value, String source) {
    }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "the body, UTF-8; - or none for standard input")
    List<String> files = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "TAG", description = "BCP 47 language tag, e.g. de or es-MX (default: en)")
    String locale;

    @Option(names = "--accept-language", paramLabel = "HEADER",
            description = "an HTTP Accept-Language header, e.g. \"de-CH,de;q=0.9\"")
    String acceptLanguage;

    @Option(names = "--keep-original", paramLabel = "FIELD",
            description = "keep each replaced upstream text in an added field of its item, e.g. original_message")
    String keepOriginal;

    @Option(names = "--problem-json", description = "print an RFC 9457 application/problem+json document instead of the body")
    boolean problemJson;

    @Option(names = "--status", paramLabel = "CODE", description = "the HTTP status of --problem-json (default: 422)")
    Integer status;

    @Option(names = "--single-language",
            description = "when items would be in different languages, localize the whole body in the default locale")
    boolean singleLanguage;

    @Override
    int run() throws UsageException, IOException {
        String format = format(List.of("text", "json"));
        if (files.size() > 1) {
            throw usage("expected at most one FILE, got " + files.size());
        }
        if (locale != null && acceptLanguage != null) {
            throw usage("give --locale or --accept-language, not both");
        }
        if (status != null && !problemJson) {
            throw usage("--status goes with --problem-json");
        }
        if (status != null && (status < 100 || status > 599)) {
            throw usage("--status takes an HTTP status, 100-599, not '" + status + "'");
        }
        Locale requested = locale == null ? null : Catalogs.locale(this, "--locale", locale);
        ErrorCatalog catalog = Catalogs.catalog(err());
        BodyLocalizer.Builder builder = BodyLocalizer.builder(catalog).singleLanguage(singleLanguage);
        if (keepOriginal != null) {
            try {
                builder.keepOriginal(keepOriginal);
            } catch (IllegalArgumentException e) {
                throw usage("--keep-original " + e.getMessage());
            }
        }
        BodyLocalizer localizer = builder.build();
        Locale target = requested != null ? requested : catalog.negotiate(acceptLanguage == null ? "" : acceptLanguage);
        LocalizedBody body;
        try (InputStream in = open()) {
            body = localizer.localize(in, target);
        } catch (InvalidBodyException e) {
            throw usage(e.getMessage());
        }
        String text;
        Optional<String> contentLanguage;
        if (problemJson) {
            ProblemDetails problem = localizer.problem(body, status == null ? 422 : status, null);
            text = problem.text();
            contentLanguage = problem.contentLanguage();
        } else {
            text = body.text();
            contentLanguage = body.contentLanguage();
        }
        if (format.equals("json")) {
            out().println(envelope(contentLanguage.orElse(null), text, body.items()));
        } else {
            out().print(text);
            if (!text.endsWith("\n")) {
                out().println();
            }
            contentLanguage.ifPresent(tag -> err().println("Content-Language: " + tag));
        }
        return ExitCode.OK;
    }

    private InputStream open() throws UsageException, IOException {
        String file = files.isEmpty() ? "-" : files.get(0);
        if (file.equals("-")) {
            return new NonClosing(System.in);
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw usage("no such file: " + file);
        } catch (IOException e) {
            throw usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** {@code {"contentLanguage", "body", "items"}}, the body embedded exactly as printed. */
    private static String envelope(String contentLanguage, String body, List<ItemReport> reports) {
        List<Item> items = new ArrayList<>();
        for (ItemReport report : reports) {
            List<Argument> arguments = new ArrayList<>();
            for (ArgumentValue value : report.arguments()) {
                arguments.add(new Argument(value.name(), value.value(), lower(value.source())));
            }
            items.add(new Item(report.pointer(), lower(report.shape()), report.code(),
                    report.resolved() == null ? null : report.resolved().code(), report.localized(), lower(report.fallback()),
                    report.locale().toLanguageTag(), arguments, report.problem()));
        }
        java.io.StringWriter json = new java.io.StringWriter();
        try (JsonGenerator generator = Catalogs.JSON.createGenerator(json)) {
            generator.writeStartObject();
            generator.writeStringProperty("contentLanguage", contentLanguage);
            generator.writeName("body");
            generator.writeRawValue(body.strip());
            generator.writeName("items");
            Catalogs.JSON.writeValue(generator, items);
            generator.writeEndObject();
        }
        return json.toString();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Standard input, which the command reads but does not close. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
