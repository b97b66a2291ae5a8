package dev.errorcatalog.check;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The SARIF 2.1.0 report: one rule per check id, one result per finding, located on its line. */
final class SarifReport {

    private SarifReport() {
    }

    static void write(Report report, Severity failOn, Writer out) throws IOException {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "errorcatalog-check");
        driver.put("version", Checker.version());
        driver.put("informationUri", "https://github.com/errorcatalog/errorcatalog#checks");
        ArrayNode rules = driver.putArray("rules");
        for (CheckId id : CheckId.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id.id());
            rule.putObject("shortDescription").put("text", id.title());
            rule.putObject("defaultConfiguration").put("level", level(id.defaultSeverity(), failOn));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.id().id());
            result.put("ruleIndex", f.id().ordinal());
            result.put("level", level(f.severity(), failOn));
            result.putObject("message").put("text", (f.key() == null ? "" : f.key() + ": ") + f.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(f.file()));
            if (f.line() > 0) {
                ObjectNode region = physical.putObject("region").put("startLine", f.line());
                if (f.column() > 0) {
                    region.put("startColumn", f.column());
                }
            }
            result.putObject("properties").put("locale", f.locale()).put("key", f.key());
        }
        out.write(JsonReport.MAPPER.writeValueAsString(root));
        out.write(System.lineSeparator());
    }

    /** SARIF levels: the failing severity and above are errors. */
    private static String level(Severity severity, Severity failOn) {
        if (severity.atLeast(failOn) || severity == Severity.ERROR) {
            return "error";
        }
        return severity == Severity.WARNING ? "warning" : severity == Severity.INFO ? "note" : "none";
    }

    /** A relative URI with forward slashes, as code scanning resolves against the repository root. */
    private static String uri(String file) {
        String path = file.replace('\\', '/');
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return path.replace(" ", "%20");
    }
}
