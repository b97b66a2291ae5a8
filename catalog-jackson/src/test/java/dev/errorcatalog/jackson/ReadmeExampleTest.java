package dev.errorcatalog.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's example of a client relaying a SignalWire error body, compiled, run, and kept identical to the README. */
class ReadmeExampleTest {

    /** What the example needs of an HTTP client's reply and a server's response. */
    interface Reply {
        int statusCode();

        byte[] body();
    }

    interface Response {
        void setStatus(int status);

        void setHeader(String name, String value);

        OutputStream getOutputStream() throws IOException;
    }

    // README begin
    static final ErrorCatalog CATALOG = ErrorCatalog.create();             // once: both are immutable
    static final BodyLocalizer LOCALIZER = BodyLocalizer.of(CATALOG);      // and thread-safe

    void relay(Reply reply, String acceptLanguage, Response response) throws IOException {
        // e.g. 422 {"errors":[{"type":"validation_error","code":"not_routable","message":…,"attribute":"to",…}]}
        LocalizedBody body = LOCALIZER.localize(reply.body(), CATALOG.negotiate(acceptLanguage));
        response.setStatus(reply.statusCode());
        body.contentLanguage().ifPresent(tag -> response.setHeader("Content-Language", tag));
        response.setHeader("Vary", "Accept-Language");
        body.writeTo(response.getOutputStream());                          // every other byte as received
    }
    // README end

    @Test
    void theExampleRelaysTheBodyInTheUsersLanguage() throws IOException {
        byte[] upstream = Bodies.bytes("rest-issue-not-routable.json");
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] status = new int[1];
        relay(new Reply() {
            @Override
            public int statusCode() {
                return 422;
            }

            @Override
            public byte[] body() {
                return upstream;
            }
        }, "de-CH,de;q=0.9,en;q=0.5", new Response() {
            @Override
            public void setStatus(int code) {
                status[0] = code;
            }

            @Override
            public void setHeader(String name, String value) {
                headers.put(name, value);
            }

            @Override
            public OutputStream getOutputStream() {
                return out;
            }
        });
        assertEquals(422, status[0]);
        assertEquals(Map.of("Content-Language", "de", "Vary", "Accept-Language"), headers);
        String expected = new String(upstream, StandardCharsets.UTF_8).replace("The call is not routable",
                CATALOG.resolve(ErrorCode.NOT_ROUTABLE, Locale.GERMAN).text() + " (Parameter: to)");
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeShowsExactlyThisExample() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/errorcatalog/jackson/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README begin\n") + "// README begin\n".length(),
                source.indexOf("    // README end")).lines().map(line -> line.isBlank() ? "" : line.substring(4))
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("```java\n" + example + "```\n"), "README.md must show, verbatim:\n" + example);
    }
}
