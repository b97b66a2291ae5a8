package dev.errorcatalog.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLIFF 1.2 or 2.0 document with the JDK's SAX parser, hardened: no DTD (a document with a
 * {@code DOCTYPE} is refused, so neither external entities nor entity expansion can happen), no external
 * access of any kind, secure processing on. Inline markup in a target is flattened to its text ({@code mrk},
 * {@code g}, {@code pc}; {@code cp} gives its character); placeholders that stand for no text are refused.
 */
final class XliffReader {

    /** What a document says, before it is matched against a bundle. */
    record Document(Xliff.Version version, String sourceLanguage, String targetLanguage, List<Unit> units) {
    }

    /**
     * One unit.
     *
     * @param target the translation, or {@code null} when the unit has none
     * @param done whether the translation is marked done (1.2: state translated or later, or approved;
     *     2.0: state translated, reviewed or final)
     */
    record Unit(String id, String source, String target, boolean done, int line) {
    }

    /** Why a document is refused; the message names the unit where there is one. */
    static final class XliffException extends Exception {
        private static final long serialVersionUID = 1L;

        XliffException(String message) {
            super(message);
        }
    }

    /** The largest document read: an export of the whole catalog is about 70 KB. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private XliffReader() {
    }

    static Document read(byte[] bytes) throws XliffException {
        if (bytes.length > MAX_BYTES) {
            throw new XliffException("the document has " + bytes.length + " bytes, more than the " + MAX_BYTES
                    + " read (16 MiB; an export of the whole catalog is about 70 KB)");
        }
        Handler handler = new Handler();
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource input = new InputSource(new ByteArrayInputStream(bytes));
            parser.parse(input, handler);
        } catch (SAXParseException e) {
            throw new XliffException("not well-formed XLIFF at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + (handler.unitId == null ? "" : " (in unit '" + handler.unitId + "')") + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new XliffException(e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new XliffException("cannot read the XLIFF document: " + e.getMessage());
        }
        if (handler.version == null) {
            throw new XliffException("not an XLIFF 1.2 or 2.0 document: the root element is not <xliff> in the namespace of either");
        }
        return new Document(handler.version, handler.sourceLanguage, handler.targetLanguage, List.copyOf(handler.units));
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private static final class Handler extends DefaultHandler {
        Xliff.Version version;
        String sourceLanguage;
        String targetLanguage;
        final List<Unit> units = new ArrayList<>();
        String unitId;
        private Locator locator;
        private int unitLine;
        private boolean done;
        private StringBuilder source;
        private StringBuilder target;
        /** Where text goes now: the source or target being read, or null. */
        private StringBuilder into;
        private int depth;
        private int intoDepth;
        private int skipDepth;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            depth++;
            if (depth == 1) {
                if (!"xliff".equals(local)) {
                    throw new SAXException("not an XLIFF document: the root element is <" + qName + ">");
                }
                for (Xliff.Version v : Xliff.Version.values()) {
                    if (v.namespace().equals(uri)) {
                        version = v;
                    }
                }
                if (version == null) {
                    throw new SAXException("not XLIFF 1.2 or 2.0: the namespace of <xliff> is '" + uri + "', version "
                            + attributes.getValue("version"));
                }
                if (version == Xliff.Version.V2_0) {
                    sourceLanguage = attributes.getValue("srcLang");
                    targetLanguage = attributes.getValue("trgLang");
                }
                return;
            }
            if (skipDepth > 0) {
                return;
            }
            if (!version.namespace().equals(uri) || "alt-trans".equals(local)) {
                if (into == null) {
                    skipDepth = depth; // an extension or a suggestion (1.2 alt-trans): not the unit's own text
                }
                return;
            }
            if (into != null) {
                inline(local, attributes);
                return;
            }
            switch (local) {
                case "file" -> {
                    if (version == Xliff.Version.V1_2) {
                        language(attributes.getValue("source-language"), true);
                        language(attributes.getValue("target-language"), false);
                    }
                }
                case "trans-unit", "unit" -> {
                    unitId = attributes.getValue("id");
                    unitLine = locator == null ? 0 : locator.getLineNumber();
                    if (unitId == null || unitId.isEmpty()) {
                        throw new SAXException("the unit at line " + unitLine + " has no id");
                    }
                    source = new StringBuilder();
                    target = null;
                    done = "yes".equals(attributes.getValue("approved"));
                }
                case "segment" -> {
                    String state = attributes.getValue("state");
                    done |= "translated".equals(state) || "reviewed".equals(state) || "final".equals(state);
                }
                case "source" -> start(source);
                case "target" -> {
                    if (unitId == null) {
                        return;
                    }
                    if (target == null) {
                        target = new StringBuilder();
                    }
                    String state = attributes.getValue("state");
                    done |= "translated".equals(state) || "final".equals(state) || "signed-off".equals(state);
                    start(target);
                }
                default -> {
                }
            }
        }

        private void start(StringBuilder text) {
            if (unitId != null) {
                into = text;
                intoDepth = depth;
            }
        }

        private void inline(String local, Attributes attributes) throws SAXException {
            switch (local) {
                case "mrk", "g", "pc", "sub" -> {
                }
                case "cp" -> {
                    try {
                        into.appendCodePoint(Integer.parseInt(attributes.getValue("hex"), 16));
                    } catch (RuntimeException e) {
                        throw new SAXException("unit '" + unitId + "': <cp hex=\"" + attributes.getValue("hex") + "\"> is not a character code");
                    }
                }
                default -> throw new SAXException("unit '" + unitId + "': the " + (into == target ? "target" : "source")
                        + " contains an inline <" + local + "> element, which stands for no text a .properties bundle can hold; write the text itself");
            }
        }

        private void language(String value, boolean isSource) throws SAXException {
            if (value == null) {
                return;
            }
            String previous = isSource ? sourceLanguage : targetLanguage;
            if (previous != null && !previous.equalsIgnoreCase(value)) {
                throw new SAXException("the document's files have different " + (isSource ? "source" : "target") + " languages: "
                        + previous + " and " + value);
            }
            if (isSource) {
                sourceLanguage = value;
            } else {
                targetLanguage = value;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (into != null && skipDepth == 0) {
                into.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (skipDepth > 0) {
                if (depth == skipDepth) {
                    skipDepth = 0;
                }
                depth--;
                return;
            }
            if (into != null && depth == intoDepth) {
                into = null;
            }
            depth--;
            if (version != null && version.namespace().equals(uri) && unitId != null
                    && ("trans-unit".equals(local) || "unit".equals(local))) {
                units.add(new Unit(unitId, source.toString(), target == null ? null : target.toString(), done, unitLine));
                unitId = null;
            }
        }
    }
}
