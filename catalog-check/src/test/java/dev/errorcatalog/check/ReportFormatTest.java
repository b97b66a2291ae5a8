package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** Each writer's output, parsed back. */
class ReportFormatTest {

    static {
        // The tests run inside the checker module, which does not read java.xml; the JUnit test parses XML.
        ReportFormatTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
    }

    private static final Report REPORT = new Report(
            List.of(new LocaleSummary("de", "m/messages_de.properties", 4, 3), new LocaleSummary("es", "m/messages_es.properties", 4, 4)),
            List.of(new Finding(CheckId.MISSING_KEY, Severity.ERROR, "de", "a<b", "m/messages_de.properties", 7, 0, "key 'a<b' & \"c\" is missing"),
                    new Finding(CheckId.WHITESPACE_MISMATCH, Severity.WARNING, "de", "b", "m/messages_de.properties", 9, 3, "spaces"),
                    new Finding(CheckId.ENCODING_ERROR, Severity.ERROR, "es", null, "m/messages_es.properties", 0, 0, "not UTF-8")),
            2);

    private static String write(ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.write(REPORT, Severity.ERROR, out);
        return out.toString();
    }

    @Test
    void jsonFollowsSchemaVersionOne() throws IOException {
        JsonNode root = JsonReport.MAPPER.readTree(write(ReportFormat.JSON));
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(75.0, root.get("locales").get(0).get("completeness").asDouble());
        assertEquals(3, root.get("locales").get(0).get("translated").asInt());
        JsonNode first = root.get("findings").get(0);
        assertEquals("missing_key", first.get("id").asString());
        assertEquals("error", first.get("severity").asString());
        assertEquals(7, first.get("line").asInt());
        assertTrue(first.get("column").isNull());
        assertTrue(root.get("findings").get(2).get("key").isNull());
        assertTrue(root.get("findings").get(2).get("line").isNull());
        assertEquals(2, root.get("baselined").asInt());
    }

    @Test
    void sarifLocatesEachResultOnItsLine() throws IOException {
        JsonNode root = JsonReport.MAPPER.readTree(write(ReportFormat.SARIF));
        assertEquals("2.1.0", root.get("version").asString());
        JsonNode run = root.get("runs").get(0);
        assertEquals(CheckId.values().length, run.get("tool").get("driver").get("rules").size());
        String version = run.get("tool").get("driver").get("version").asString();
        assertEquals(Checker.version(), version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "the release Maven filtered in, not a placeholder: " + version);
        JsonNode warning = run.get("results").get(1);
        assertEquals("whitespace_mismatch", warning.get("ruleId").asString());
        assertEquals("warning", warning.get("level").asString());
        JsonNode location = warning.get("locations").get(0).get("physicalLocation");
        assertEquals("m/messages_de.properties", location.get("artifactLocation").get("uri").asString());
        assertEquals(9, location.get("region").get("startLine").asInt());
        assertEquals(3, location.get("region").get("startColumn").asInt());
        assertTrue(run.get("results").get(2).get("locations").get(0).get("physicalLocation").get("region") == null);
    }

    @Test
    void junitHasOneTestCasePerLocaleAndCheck() throws Exception {
        String xml = write(ReportFormat.JUNIT);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertEquals(2, suites.getLength());
        assertEquals(2 * CheckId.values().length, doc.getElementsByTagName("testcase").getLength());
        Element de = (Element) suites.item(0);
        assertEquals("1", de.getAttribute("failures"));
        Element failure = (Element) de.getElementsByTagName("failure").item(0);
        assertEquals("missing_key", ((Element) failure.getParentNode()).getAttribute("name"));
        assertTrue(failure.getTextContent().contains("m/messages_de.properties:7: error missing_key [a<b]: key 'a<b' & \"c\" is missing"));
        assertEquals("2", doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void textHasTheTableThenFindingsByLocale() throws IOException {
        String text = write(ReportFormat.TEXT);
        assertTrue(text.contains("de       m/messages_de.properties      4          3     75.0%"), text);
        assertTrue(text.indexOf("de: 1 error, 1 warning") < text.indexOf("es: 1 error"), text);
        assertTrue(text.contains("  m/messages_de.properties:9:3: warning whitespace_mismatch [b]: spaces"), text);
        assertTrue(text.contains("3 findings") || text.contains("2 errors, 1 warning (2 accepted by the baseline); 2 at or above error."), text);
    }
}
