package dev.errorcatalog.check;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The XLIFF versions of the translation workflow, and the writer of its documents: XLIFF 1.2 and 2.0 of a bundle's messages, for translation tools (Crowdin, Weblate,
 * Lokalise, Phrase, Tolgee). Each message is one unit whose id is the bundle key; its source is the English
 * ICU pattern as plain text, with the {@linkplain PatternText technical tokens} in it marked as not to be
 * translated; its notes name the arguments and their examples, and for a stale translation the English text
 * it was made from. Reading is {@link XliffReader}'s.
 *
 * @since 0.2
 */
public final class Xliff {

    /** The XLIFF versions written and read. */
    public enum Version {
        V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2"),
        V2_0("2.0", "urn:oasis:names:tc:xliff:document:2.0");

        private final String number;
        private final String namespace;

        Version(String number, String namespace) {
            this.number = number;
            this.namespace = namespace;
        }

        /** {@code 1.2} or {@code 2.0}. */
        public String number() {
            return number;
        }

        /** The XML namespace of the version's core. */
        public String namespace() {
            return namespace;
        }

        /**
         * The version numbered {@code number}.
         *
         * @throws IllegalArgumentException if it is neither 1.2 nor 2.0
         */
        public static Version of(String number) {
            for (Version v : values()) {
                if (v.number.equals(number.trim())) {
                    return v;
                }
            }
            throw new IllegalArgumentException("XLIFF version '" + number + "' is not supported: use 1.2 or 2.0");
        }
    }

    /**
     * How far a unit's translation is: nothing yet, a translation to review (its source changed), or done.
     */
    enum State {
        NEW, NEEDS_REVIEW, TRANSLATED
    }

    /**
     * One message to translate.
     *
     * @param id the bundle key
     * @param source the English pattern
     * @param target the current translation, or {@code null}
     * @param state how far the translation is
     * @param notes for the translator: arguments, examples, what changed
     */
    record Unit(String id, String source, String target, State state, List<String> notes) {
        Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(state, "state");
            notes = List.copyOf(notes);
        }
    }

    private Xliff() {
    }

    /**
     * The XLIFF document, UTF-8.
     *
     * @param original the bundle's file name, recorded as the file's {@code original}
     * @throws IllegalArgumentException if a text holds a character XML 1.0 cannot carry
     */
    static byte[] write(Version version, Locale sourceLocale, Locale targetLocale, String original, List<Unit> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(version.namespace());
            xml.writeStartElement(version.namespace(), "xliff");
            xml.writeDefaultNamespace(version.namespace());
            xml.writeAttribute("version", version.number());
            if (version == Version.V1_2) {
                write12(xml, sourceLocale, targetLocale, original, units);
            } else {
                write20(xml, sourceLocale, targetLocale, original, units);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void write12(XMLStreamWriter xml, Locale source, Locale target, String original, List<Unit> units)
            throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("file");
        xml.writeAttribute("original", original);
        xml.writeAttribute("source-language", source.toLanguageTag());
        xml.writeAttribute("target-language", target.toLanguageTag());
        xml.writeAttribute("datatype", "javapropertyresourcebundle");
        indent(xml, 2);
        xml.writeStartElement("body");
        for (Unit unit : units) {
            indent(xml, 3);
            xml.writeStartElement("trans-unit");
            xml.writeAttribute("id", unit.id());
            xml.writeAttribute("resname", unit.id());
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            if (unit.state() == State.TRANSLATED) {
                xml.writeAttribute("approved", "yes");
            }
            indent(xml, 4);
            xml.writeStartElement("source");
            marked(xml, unit.id(), unit.source(), Version.V1_2);
            xml.writeEndElement();
            indent(xml, 4);
            xml.writeStartElement("target");
            xml.writeAttribute("state", switch (unit.state()) {
                case NEW -> "needs-translation";
                case NEEDS_REVIEW -> "needs-review-translation";
                case TRANSLATED -> "translated";
            });
            if (unit.target() != null) {
                text(xml, unit.id(), unit.target(), Version.V1_2);
            }
            xml.writeEndElement();
            for (String note : unit.notes()) {
                indent(xml, 4);
                xml.writeStartElement("note");
                xml.writeAttribute("from", "developer");
                text(xml, unit.id(), note, Version.V1_2);
                xml.writeEndElement();
            }
            indent(xml, 3);
            xml.writeEndElement();
        }
        indent(xml, 2);
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    private static void write20(XMLStreamWriter xml, Locale source, Locale target, String original, List<Unit> units)
            throws XMLStreamException {
        xml.writeAttribute("srcLang", source.toLanguageTag());
        xml.writeAttribute("trgLang", target.toLanguageTag());
        indent(xml, 1);
        xml.writeStartElement("file");
        xml.writeAttribute("id", "f1");
        xml.writeAttribute("original", original);
        for (Unit unit : units) {
            indent(xml, 2);
            xml.writeStartElement("unit");
            xml.writeAttribute("id", unit.id());
            xml.writeAttribute("name", unit.id());
            if (!unit.notes().isEmpty()) {
                indent(xml, 3);
                xml.writeStartElement("notes");
                for (String note : unit.notes()) {
                    indent(xml, 4);
                    xml.writeStartElement("note");
                    xml.writeAttribute("category", "developer");
                    text(xml, unit.id(), note, Version.V2_0);
                    xml.writeEndElement();
                }
                indent(xml, 3);
                xml.writeEndElement();
            }
            indent(xml, 3);
            xml.writeStartElement("segment");
            xml.writeAttribute("state", unit.state() == State.TRANSLATED ? "translated" : "initial");
            indent(xml, 4);
            xml.writeStartElement("source");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            marked(xml, unit.id(), unit.source(), Version.V2_0);
            xml.writeEndElement();
            if (unit.target() != null) {
                indent(xml, 4);
                xml.writeStartElement("target");
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                text(xml, unit.id(), unit.target(), Version.V2_0);
                xml.writeEndElement();
            }
            indent(xml, 3);
            xml.writeEndElement();
            indent(xml, 2);
            xml.writeEndElement();
        }
        indent(xml, 1);
        xml.writeEndElement();
    }

    /** The source text, its technical tokens in {@code mrk} elements marked as not to be translated. */
    private static void marked(XMLStreamWriter xml, String id, String pattern, Version version) throws XMLStreamException {
        List<PatternText.Span> spans;
        try {
            spans = PatternText.spans(pattern);
        } catch (IllegalArgumentException e) {
            text(xml, id, pattern, version); // a broken source is the check's to report; export it as it is
            return;
        }
        int marks = 0;
        for (PatternText.Span span : spans) {
            String part = pattern.substring(span.start(), span.end());
            if (span.kind() == PatternText.Kind.TOKEN) {
                xml.writeStartElement("mrk");
                if (version == Version.V1_2) {
                    xml.writeAttribute("mtype", "protected");
                } else {
                    xml.writeAttribute("id", "m" + ++marks);
                    xml.writeAttribute("translate", "no");
                }
                text(xml, id, part, version);
                xml.writeEndElement();
            } else {
                text(xml, id, part, version);
            }
        }
    }

    /**
     * Text, with a carriage return written so that it survives XML's line-end normalisation ({@code &#13;} in
     * 1.2, {@code <cp hex="000D"/>} in 2.0); other characters XML 1.0 cannot carry are refused.
     */
    private static void text(XMLStreamWriter xml, String id, String text, Version version) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (c == '\r' || !allowed) {
                xml.writeCharacters(text.substring(start, i));
                start = i + 1;
                if (c != '\r' && version == Version.V1_2) {
                    throw new IllegalArgumentException("unit '" + id + "': U+" + String.format("%04X", (int) c)
                            + " cannot be written to XLIFF 1.2; use --xliff-version 2.0");
                }
                if (version == Version.V1_2) {
                    xml.writeEntityRef("#13");
                } else {
                    xml.writeEmptyElement("cp");
                    xml.writeAttribute("hex", String.format("%04X", (int) c));
                }
            }
        }
        xml.writeCharacters(text.substring(start));
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
