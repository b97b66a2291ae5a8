package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON report: {@code {"schemaVersion": 1, "locales": [...], "findings": [...]}}, documented in the README. */
final class JsonReport {

    static final int SCHEMA_VERSION = 1;
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    static void write(Report report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode locales = root.putArray("locales");
        for (LocaleSummary s : report.locales()) {
            locales.addObject().put("locale", s.locale()).put("file", s.file()).put("keys", s.keys())
                    .put("translated", s.translated()).put("completeness", s.completeness())
                    .put("parent", s.parent()).put("inherited", s.inherited());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject().put("id", f.id().id()).put("severity", f.severity().id()).put("locale", f.locale())
                    .put("key", f.key()).put("file", f.file());
            if (f.line() > 0) {
                node.put("line", f.line());
            } else {
                node.putNull("line");
            }
            if (f.column() > 0) {
                node.put("column", f.column());
            } else {
                node.putNull("column");
            }
            node.put("message", f.message());
        }
        root.put("baselined", report.baselined());
        out.write(MAPPER.writeValueAsString(root));
        out.write(System.lineSeparator());
    }
}
