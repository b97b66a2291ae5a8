package dev.errorcatalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.MessageKey;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Exports are valid XLIFF: 2.0 against the OASIS core schema (the copy Okapi ships on Maven Central), 1.2 by
 * its structure read with a namespace-aware parser (no copy of the 1.2 schema is available offline).
 */
class XliffSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aFullExport20OfTheGermanBundleIsValidAgainstTheOasisCoreSchema() throws Exception {
        XliffRoundTripTest.germanCopy(dir);
        byte[] xliff = Translations.open(dir, Locale.GERMAN, XliffRoundTripTest.english()).exportXliff(Xliff.Version.V2_0, true);
        validator().validate(new StreamSource(new ByteArrayInputStream(xliff)));
    }

    @Test
    void theSchemaRejectsAnInvalidDocument() throws Exception {
        XliffRoundTripTest.germanCopy(dir);
        String xliff = new String(Translations.open(dir, Locale.GERMAN, XliffRoundTripTest.english()).exportXliff(Xliff.Version.V2_0, true), "UTF-8");
        String broken = xliff.replaceFirst("<segment state=\"translated\">", "<segment state=\"done\">");
        assertThrows(SAXException.class, () -> validator().validate(new StreamSource(new ByteArrayInputStream(broken.getBytes("UTF-8")))));
    }

    @Test
    void anExport12HasTheCoreStructure() throws Exception {
        XliffRoundTripTest.germanCopy(dir);
        byte[] xliff = Translations.open(dir, Locale.GERMAN, XliffRoundTripTest.english()).exportXliff(Xliff.Version.V1_2, true);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff));
        String ns = Xliff.Version.V1_2.namespace();
        Element root = doc.getDocumentElement();
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        Element file = (Element) root.getElementsByTagNameNS(ns, "file").item(0);
        assertEquals("en", file.getAttribute("source-language"));
        assertEquals("de", file.getAttribute("target-language"));
        assertEquals("javapropertyresourcebundle", file.getAttribute("datatype"));
        NodeList units = file.getElementsByTagNameNS(ns, "trans-unit");
        assertEquals(MessageKey.all().size(), units.getLength());
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            assertEquals(unit.getParentNode().getLocalName(), "body");
            // strict 1.2: source, then target, then notes
            Element first = firstElement(unit);
            assertEquals("source", first.getLocalName());
            assertEquals("target", nextElement(first).getLocalName());
            assertTrue(Xliff.State.values().length > 0);
            String state = nextElement(first).getAttribute("state");
            assertTrue(state.equals("translated") || state.equals("needs-translation") || state.equals("needs-review-translation"), state);
            NodeList marks = first.getElementsByTagNameNS(ns, "mrk");
            for (int m = 0; m < marks.getLength(); m++) {
                assertEquals("protected", ((Element) marks.item(m)).getAttribute("mtype"));
            }
        }
    }

    private static Element firstElement(Element parent) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no child element");
    }

    private static Element nextElement(Element element) {
        for (org.w3c.dom.Node n = element.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no next element");
    }

    private static Validator validator() throws SAXException {
        URL xsd = ClassLoader.getSystemClassLoader().getResource("net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        assertNotNull(xsd, "the XLIFF 2.0 schema from okapi-lib-xliff2 is on the test class path");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file"); // the schema's own import of xml.xsd, from the jar
        Schema schema = factory.newSchema(xsd);
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return validator;
    }
}
