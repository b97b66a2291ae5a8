package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.jackson.ArgumentValue;
import dev.errorcatalog.jackson.BodyLocalizer;
import dev.errorcatalog.jackson.InvalidBodyException;
import dev.errorcatalog.jackson.ItemReport;
import dev.errorcatalog.jackson.LocalizedBody;
import dev.errorcatalog.jackson.ProblemDetails;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/** {@code localize-body [FILE|-]}: a SignalWire error body with its texts in the user's language. */
final class LocalizeBodyCommand implements Command {

    /** One item of the JSON output: a contract. */
    record Item(String pointer, String shape, String code, String resolved, boolean localized, String reason, String locale,
            List<Argument> arguments, String problem) {
    }

    /** One argument of an item: its value and where it came from. */
    record Argument(String name, Object value, String source) {
    }

    @Override
    public String name() {
        return "localize-body";
    }

    @Override
    public String summary() {
        return "print a SignalWire error response body localized";
    }

    @Override
    public String help() {
        return """
                Usage: errorcatalog localize-body [--locale TAG | --accept-language HEADER] [--keep-original FIELD]
                                                  [--problem-json [--status CODE]] [--single-language]
                                                  [--format text|json] [FILE|-]

                Prints a SignalWire error response body with each error item's text localized.

                  FILE                       the body, UTF-8; - or none for standard input
                  --locale TAG               BCP 47 language tag, e.g. de or es-MX (default: en)
                  --accept-language HEADER   an HTTP Accept-Language header, e.g. "de-CH,de;q=0.9"
                  --keep-original FIELD      keep each replaced upstream text in an added field, e.g. original_message
                  --problem-json             print an RFC 9457 application/problem+json document instead
                  --status CODE              the HTTP status of --problem-json (default: 422)
                  --single-language          when items would be in different languages, localize the whole
                                             body in the default locale
                  --format text|json         text (default) prints the body and writes 'Content-Language: TAG'
                                             to standard error; json prints {"contentLanguage", "body", "items"}

                A body that is not JSON within the limits exits 2 with one line.
                """;
    }

    @Override
    public int run(List<String> args, PrintWriter out, PrintWriter err) throws UsageException {
        Options options = Options.parse("localize-body", args,
                Set.of("--locale", "--accept-language", "--keep-original", "--status", "--format"), Set.of(),
                Set.of("--problem-json", "--single-language"));
        String format = options.choice("localize-body", "--format", "text", List.of("text", "json"));
        if (options.positionals().size() > 1) {
            throw new UsageException("localize-body: expected at most one FILE, got " + options.positionals().size());
        }
        if (options.value("--locale") != null && options.value("--accept-language") != null) {
            throw new UsageException("localize-body: give --locale or --accept-language, not both");
        }
        int status = status(options);
        ErrorCatalog catalog = Catalogs.catalog();
        BodyLocalizer.Builder builder = BodyLocalizer.builder(catalog).singleLanguage(options.flag("--single-language"));
        if (options.value("--keep-original") != null) {
            try {
                builder.keepOriginal(options.value("--keep-original"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("localize-body: --keep-original " + e.getMessage());
            }
        }
        BodyLocalizer localizer = builder.build();
        Locale locale = options.value("--locale") != null
                ? Catalogs.locale("localize-body", options.value("--locale"))
                : catalog.negotiate(options.value("--accept-language", ""));
        String file = options.positionals().isEmpty() ? "-" : options.positionals().get(0);
        LocalizedBody body;
        try (InputStream in = open(file)) {
            body = localizer.localize(in, locale);
        } catch (InvalidBodyException e) {
            throw new UsageException("localize-body: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("localize-body: cannot read " + file + ": " + e.getMessage());
        }
        String text;
        Optional<String> contentLanguage;
        if (options.flag("--problem-json")) {
            ProblemDetails problem = localizer.problem(body, status, null);
            text = problem.text();
            contentLanguage = problem.contentLanguage();
        } else {
            text = body.text();
            contentLanguage = body.contentLanguage();
        }
        if (format.equals("json")) {
            out.println(envelope(contentLanguage.orElse(null), text, body.items()));
        } else {
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
            contentLanguage.ifPresent(tag -> err.println("Content-Language: " + tag));
        }
        return ExitCode.OK;
    }

    private static int status(Options options) throws UsageException {
        String status = options.value("--status");
        if (status == null) {
            return 422;
        }
        if (!options.flag("--problem-json")) {
            throw new UsageException("localize-body: --status goes with --problem-json");
        }
        try {
            int code = Integer.parseInt(status.trim());
            if (code >= 100 && code <= 599) {
                return code;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("localize-body: --status takes an HTTP status, 100-599, not '" + status + "'");
    }

    private static InputStream open(String file) throws UsageException, IOException {
        if (file.equals("-")) {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input is read, not closed
                }
            };
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("localize-body: no such file: " + file);
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
        StringWriter json = new StringWriter();
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
}
