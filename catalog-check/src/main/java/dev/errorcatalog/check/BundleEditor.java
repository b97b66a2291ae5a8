package dev.errorcatalog.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes new values into a {@code .properties} bundle and leaves every other byte as it was: comments, blank
 * lines, order, escapes, separators and line endings of untouched keys, a byte order mark. A changed key's
 * entry is rewritten as {@code key=value} on one line; a new key goes on a line of its own after the key that
 * precedes it in the expected order (or at the end), with the file's own line ending.
 *
 * <p>Values are written as UTF-8, escaping only what {@link java.util.Properties} needs: backslashes,
 * control characters and leading white space.
 */
final class BundleEditor {

    private BundleEditor() {
    }

    /**
     * The bundle with {@code values} set; an entry whose value is already equal stays byte for byte.
     *
     * @param order the expected keys in their canonical order, for placing new keys
     * @throws IllegalArgumentException if the bundle is not valid UTF-8 (it must be repaired first)
     */
    static byte[] apply(byte[] bytes, Map<String, String> values, List<String> order) {
        int bom = hasBom(bytes) ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the bundle is not valid UTF-8; fix its encoding (see the check's encoding_error) first");
        }
        BundleFile file = BundleFile.parse(bytes);
        List<Integer> lineStarts = lineStarts(text);
        String lineEnd = lineEnding(text);
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, String> change : values.entrySet()) {
            BundleFile.Entry entry = file.byKey.get(change.getKey());
            if (entry == null) {
                continue;
            }
            if (!entry.value().equals(change.getValue())) {
                int start = lineStarts.get(entry.line() - 1) + entry.column() - 1;
                int end = lineEnd(text, lineStarts, entry.lastLine());
                edits.add(new Edit(start, end, line(change.getKey(), change.getValue()), 0));
            }
        }
        int sequence = 0;
        for (int k = 0; k < order.size(); k++) {
            String key = order.get(k);
            if (!values.containsKey(key) || file.byKey.containsKey(key)) {
                continue;
            }
            BundleFile.Entry previous = null;
            for (int p = k - 1; p >= 0 && previous == null; p--) {
                previous = file.byKey.get(order.get(p));
            }
            int at = previous == null ? text.length() : lineEnd(text, lineStarts, previous.lastLine());
            boolean needsBreak = previous != null || !(text.isEmpty() || text.endsWith("\n") || text.endsWith("\r"));
            String inserted = needsBreak ? lineEnd + line(key, values.get(key)) : line(key, values.get(key)) + lineEnd;
            edits.add(new Edit(at, at, inserted, ++sequence));
        }
        for (String key : values.keySet()) {
            if (!file.byKey.containsKey(key) && !order.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is not an expected key of this bundle");
            }
        }
        // apply from the end, so earlier offsets stay valid; insertions at one place keep their order
        edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::sequence).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : edits) {
            out.replace(edit.start(), edit.end(), edit.text());
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[bom + body.length];
        System.arraycopy(bytes, 0, result, 0, bom);
        System.arraycopy(body, 0, result, bom, body.length);
        return result;
    }

    private record Edit(int start, int end, String text, int sequence) {
    }

    /** One {@code key=value} line, escaped for {@link java.util.Properties} read as UTF-8. */
    static String line(String key, String value) {
        return escape(key, true) + "=" + escape(value, false);
    }

    static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case ' ' -> out.append(key || leading ? "\\ " : " ");
                case '=', ':' -> out.append(key ? "\\" + c : String.valueOf(c));
                case '#', '!' -> out.append(key && i == 0 ? "\\" + c : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
            leading &= c == ' ' || c == '\t' || c == '\f';
        }
        return out.toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Offsets of the physical lines, split on CR LF, CR or LF as {@link BundleFile} splits them. */
    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (c == '\r' || c == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The offset where physical line {@code line} (1-based) ends, before its terminator. */
    private static int lineEnd(String text, List<Integer> starts, int line) {
        int i = starts.get(line - 1);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static String lineEnding(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i == text.length()) {
            return "\n";
        }
        return text.charAt(i) == '\r' ? (i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r") : "\n";
    }
}
