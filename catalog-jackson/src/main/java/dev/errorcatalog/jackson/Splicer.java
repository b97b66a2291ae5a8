package dev.errorcatalog.jackson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes a body with the items' texts replaced in place: every other byte is copied as received. */
final class Splicer {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private Splicer() {
    }

    static byte[] splice(byte[] body, List<Items.Localized> items, String keepField) {
        List<Items.Localized> edits = new ArrayList<>(items.size());
        for (Items.Localized item : items) {
            if (item.replace()) {
                edits.add(item);
            }
        }
        if (edits.isEmpty()) {
            return body.clone();
        }
        if (edits.size() > 1) {
            edits.sort(Comparator.comparingInt(item -> item.found().text().start()));
        }
        int length = body.length;
        for (Items.Localized edit : edits) {
            BodyScanner.Field text = edit.found().text();
            length += encodedLength(edit.report().text()) - (text.end() - text.start());
            if (keeps(edit, keepField)) {
                length += 2 + encodedLength(keepField) + (text.end() - text.start());
            }
        }
        byte[] out = new byte[length];
        int from = 0;
        int at = 0;
        for (Items.Localized edit : edits) {
            BodyScanner.Field text = edit.found().text();
            System.arraycopy(body, from, out, at, text.start() - from);
            at += text.start() - from;
            at = encode(edit.report().text(), out, at);
            if (keeps(edit, keepField)) {
                out[at++] = ',';
                at = encode(keepField, out, at);
                out[at++] = ':';
                System.arraycopy(body, text.start(), out, at, text.end() - text.start());
                at += text.end() - text.start();
            }
            from = text.end();
        }
        System.arraycopy(body, from, out, at, body.length - from);
        return out;
    }

    /** Whether the upstream text is kept: it was a string, and the item has no field of that name yet. */
    private static boolean keeps(Items.Localized edit, String keepField) {
        return keepField != null && !edit.found().hasKeepField() && edit.found().text().text() != null;
    }

    /** The length of {@code s} as a quoted JSON string in UTF-8. */
    private static int encodedLength(String s) {
        int n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
                n += 2;
            } else if (c < 0x20) {
                n += 6;
            } else if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 6; // a lone surrogate, escaped so the output stays valid UTF-8
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Writes {@code s} as a quoted JSON string in UTF-8 at {@code at}; returns the position after it. */
    private static int encode(String s, byte[] out, int at) {
        out[at++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\\' -> {
                    out[at++] = '\\';
                    out[at++] = (byte) c;
                }
                case '\b' -> at = escape('b', out, at);
                case '\f' -> at = escape('f', out, at);
                case '\n' -> at = escape('n', out, at);
                case '\r' -> at = escape('r', out, at);
                case '\t' -> at = escape('t', out, at);
                default -> {
                    if (c < 0x20) {
                        at = unicodeEscape(c, out, at);
                    } else if (c < 0x80) {
                        out[at++] = (byte) c;
                    } else if (c < 0x800) {
                        out[at++] = (byte) (0xC0 | c >> 6);
                        out[at++] = (byte) (0x80 | c & 0x3F);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(c, s.charAt(++i));
                        out[at++] = (byte) (0xF0 | cp >> 18);
                        out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        out[at++] = (byte) (0x80 | cp & 0x3F);
                    } else if (Character.isSurrogate(c)) {
                        at = unicodeEscape(c, out, at);
                    } else {
                        out[at++] = (byte) (0xE0 | c >> 12);
                        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                        out[at++] = (byte) (0x80 | c & 0x3F);
                    }
                }
            }
        }
        out[at++] = '"';
        return at;
    }

    private static int escape(char letter, byte[] out, int at) {
        out[at++] = '\\';
        out[at++] = (byte) letter;
        return at;
    }

    private static int unicodeEscape(char c, byte[] out, int at) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12 & 0xF];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }
}
