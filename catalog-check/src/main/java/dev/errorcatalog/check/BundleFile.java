package dev.errorcatalog.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .properties} file read line by line, the way {@link java.util.Properties#load(java.io.Reader)}
 * reads it from a UTF-8 reader, but keeping what {@code Properties} hides: where each entry is, duplicate
 * keys, continuation lines, malformed escapes, bytes that are not UTF-8.
 *
 * <p>Values are decoded exactly as {@code Properties} decodes them, so the checker sees what the runtime
 * sees. A malformed {@code \\uXXXX} escape (which makes {@code Properties} reject the whole file) is
 * reported and kept as literal text.
 */
final class BundleFile {

    /** Mojibake: UTF-8 bytes decoded as windows-1252 or ISO-8859-1 and encoded again. */
    private static final Pattern MOJIBAKE =
            Pattern.compile("Ã[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013-\\u203A\\u20AC\\u2122]|Â[\\u0080-\\u00BF]|â€|â‚¬");
    private static final Pattern ENTRY_LIKE = Pattern.compile("^([^\\s=:#!]+)\\s*[=:]");

    /**
     * One key and its value.
     *
     * @param line the line of the key; {@code column} its column
     * @param lastLine the last physical line of the entry (continuations included)
     */
    record Entry(String key, String value, int line, int column, int lastLine, Source source) {

        /** The 1-based line and column, in the file, of the value's character at {@code offset}. */
        int[] position(int offset) {
            return source.position(offset);
        }
    }

    /** A problem of the raw file, found while reading. */
    record Problem(CheckId id, int line, int column, String key, String message) {
    }

    /**
     * A line ending in an unescaped backslash that pulls the next non-blank line into the value.
     *
     * @param swallowedKey the key the swallowed line would have defined if it looks like an entry, or null
     */
    record Continuation(String key, int line, int column, int swallowedLine, String swallowedText, String swallowedKey) {
    }

    final List<Entry> entries = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Continuation> continuations = new ArrayList<>();
    /** The last entry of each key, as {@code Properties} keeps it. */
    final Map<String, Entry> byKey = new LinkedHashMap<>();
    int lineCount;
    private boolean bom;
    /** The one finding of a file in a legacy encoding, which names no key; or null. */
    private Problem wholeFile;

    private BundleFile() {
    }

    /** Reads a file's bytes. */
    static BundleFile parse(byte[] bytes) {
        BundleFile file = new BundleFile();
        file.read(bytes);
        return file;
    }

    private void read(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(new Problem(CheckId.BOM_OR_INVALID_ESCAPE, 1, 1, null,
                    "the file starts with a UTF-8 byte order mark; java.util.Properties reads it as part of the first key: save the file as UTF-8 without BOM"));
            start = 3;
            bom = true;
        }
        List<String> lines = decodeLines(bytes, start);
        lineCount = lines.size();
        parseLines(lines);
        nameKeys();
    }

    /**
     * Gives each line-level problem found before the keys were known the key of its line; a byte order mark the
     * first key of the file. A problem of the whole file (a legacy encoding) and one on a comment keep none.
     */
    private void nameKeys() {
        for (int p = 0; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            if (problem.key() != null || problem == wholeFile) {
                continue;
            }
            String key = null;
            if (problem.id() == CheckId.BOM_OR_INVALID_ESCAPE && problem.line() == 1 && problem.column() == 1 && bom) {
                key = entries.isEmpty() ? null : entries.get(0).key();
            } else {
                for (Entry entry : entries) {
                    if (entry.line() <= problem.line() && problem.line() <= entry.lastLine()) {
                        key = entry.key();
                        break;
                    }
                }
            }
            if (key != null) {
                problems.set(p, new Problem(problem.id(), problem.line(), problem.column(), key, problem.message()));
            }
        }
    }

    /** Splits the bytes into physical lines and decodes each as UTF-8, reporting what is not. */
    private List<String> decodeLines(byte[] bytes, int start) {
        List<String> lines = new ArrayList<>();
        List<int[]> invalid = new ArrayList<>(); // line, column
        int validNonAscii = 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = start;
        int lineNumber = 0;
        while (i <= bytes.length) {
            int end = i;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            if (end == bytes.length && i == bytes.length && !lines.isEmpty()) {
                break;
            }
            lineNumber++;
            boolean ascii = true;
            for (int b = i; b < end; b++) {
                ascii &= bytes[b] >= 0;
            }
            String text;
            if (ascii) {
                text = new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    text = strict.reset().decode(ByteBuffer.wrap(bytes, i, end - i)).toString();
                    validNonAscii++;
                } catch (CharacterCodingException e) {
                    text = new String(bytes, i, end - i, StandardCharsets.UTF_8);
                    invalid.add(new int[] {lineNumber, text.indexOf('\uFFFD') + 1});
                }
            }
            if (invalid.isEmpty() || invalid.get(invalid.size() - 1)[0] != lineNumber) {
                textProblems(text, lineNumber);
            }
            lines.add(text);
            if (end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n') {
                end++;
            }
            i = end + 1;
        }
        if (!invalid.isEmpty() && validNonAscii == 0 && invalid.size() > 1) {
            wholeFile = new Problem(CheckId.ENCODING_ERROR, invalid.get(0)[0], 0, null,
                    "the file is not UTF-8 (" + invalid.size() + " lines look like ISO-8859-1 or windows-1252): re-save the whole file as UTF-8");
            problems.add(wholeFile);
        } else {
            for (int[] at : invalid) {
                problems.add(new Problem(CheckId.ENCODING_ERROR, at[0], at[1], null,
                        "bytes that are not UTF-8 (the runtime reads them as U+FFFD): retype the character and save the file as UTF-8"));
            }
        }
        return lines;
    }

    private void textProblems(String text, int line) {
        int replacement = text.indexOf('\uFFFD');
        if (replacement >= 0) {
            problems.add(new Problem(CheckId.ENCODING_ERROR, line, replacement + 1, null,
                    "U+FFFD (\uFFFD) replacement character: the text was damaged by a wrong encoding; retype the original character"));
            return;
        }
        Matcher mojibake = MOJIBAKE.matcher(text);
        if (mojibake.find()) {
            problems.add(new Problem(CheckId.ENCODING_ERROR, line, mojibake.start() + 1, null,
                    "mojibake '" + mojibake.group() + "': UTF-8 text was decoded as windows-1252 (e.g. 'Ã¼' for 'ü', 'â€™' for '’'); retype the original characters"));
        }
    }

    /** The logical lines, key/value split and escapes of {@code java.util.Properties} (JDK 17 LineReader and load0). */
    private void parseLines(List<String> lines) {
        int n = lines.size();
        int i = 0;
        while (i < n) {
            String first = lines.get(i);
            int col = skipWhitespace(first, 0);
            if (col == first.length() || first.charAt(col) == '#' || first.charAt(col) == '!') {
                i++;
                continue;
            }
            Source source = new Source();
            StringBuilder logical = new StringBuilder();
            int startLine = i + 1;
            int startColumn = col + 1;
            String segment = first.substring(col);
            int segmentLine = i + 1;
            int segmentColumn = col + 1;
            while (true) {
                source.add(logical.length(), segmentLine, segmentColumn);
                logical.append(segment);
                if (!endsWithOddBackslashes(segment)) {
                    i++;
                    break;
                }
                logical.setLength(logical.length() - 1);
                int backslashColumn = segmentColumn + segment.length() - 1;
                i++;
                if (i >= n) {
                    break;
                }
                String next = lines.get(i);
                int nextCol = skipWhitespace(next, 0);
                if (nextCol == next.length()) {
                    i++; // a blank line ends the logical line
                    break;
                }
                segment = next.substring(nextCol);
                Matcher entryLike = ENTRY_LIKE.matcher(segment);
                continuations.add(new Continuation(null, segmentLine, backslashColumn, i + 1, segment,
                        entryLike.find() ? entryLike.group(1) : null));
                segmentLine = i + 1;
                segmentColumn = nextCol + 1;
            }
            addEntry(logical.toString(), source, startLine, startColumn, segmentLine);
        }
    }

    private void addEntry(String line, Source source, int startLine, int startColumn, int lastLine) {
        int limit = line.length();
        int keyLen = 0;
        int valueStart = limit;
        boolean hasSep = false;
        boolean precedingBackslash = false;
        while (keyLen < limit) {
            char c = line.charAt(keyLen);
            if ((c == '=' || c == ':') && !precedingBackslash) {
                valueStart = keyLen + 1;
                hasSep = true;
                break;
            } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                valueStart = keyLen + 1;
                break;
            }
            precedingBackslash = c == '\\' && !precedingBackslash;
            keyLen++;
        }
        while (valueStart < limit) {
            char c = line.charAt(valueStart);
            if (c != ' ' && c != '\t' && c != '\f') {
                if (!hasSep && (c == '=' || c == ':')) {
                    hasSep = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        int keyProblems = problems.size();
        String key = convert(line, 0, keyLen, source, null);
        for (int p = keyProblems; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            problems.set(p, new Problem(problem.id(), problem.line(), problem.column(), key, problem.message()));
        }
        source.valueStart = valueStart;
        source.raw = line;
        String value = convert(line, valueStart, limit, source, key);
        for (int c = 0; c < continuations.size(); c++) {
            Continuation continuation = continuations.get(c);
            if (continuation.key() == null) {
                continuations.set(c, new Continuation(key, continuation.line(), continuation.column(),
                        continuation.swallowedLine(), continuation.swallowedText(), continuation.swallowedKey()));
            }
        }
        Entry entry = new Entry(key, value, startLine, startColumn, lastLine, source);
        Entry previous = byKey.put(key, entry);
        if (previous != null) {
            problems.add(new Problem(CheckId.DUPLICATE_KEY, startLine, startColumn, key,
                    "key '" + key + "' is defined twice, on lines " + previous.line() + " and " + startLine
                            + "; java.util.Properties silently keeps line " + startLine + ": delete one of them"));
        }
        entries.add(entry);
    }

    /** Properties' loadConvert; a malformed {@code \\uXXXX} is reported and kept literally. */
    private String convert(String in, int off, int end, Source source, String keyOfValue) {
        StringBuilder out = new StringBuilder(end - off);
        while (off < end) {
            char c = in.charAt(off++);
            if (c != '\\' || off >= end) {
                out.append(c);
                continue;
            }
            c = in.charAt(off++);
            if (c == 'u') {
                int value = 0;
                boolean ok = off + 4 <= end;
                for (int k = 0; ok && k < 4; k++) {
                    int digit = Character.digit(in.charAt(off + k), 16);
                    ok = digit >= 0 && in.charAt(off + k) < 128;
                    value = (value << 4) + digit;
                }
                if (ok) {
                    out.append((char) value);
                    off += 4;
                } else {
                    int[] at = source.rawPosition(off - 2);
                    String shown = in.substring(off - 2, Math.min(end, off + 4));
                    problems.add(new Problem(CheckId.BOM_OR_INVALID_ESCAPE, at[0], at[1], keyOfValue,
                            "malformed escape '" + shown + "': \\u needs four hex digits; java.util.Properties rejects the whole file,"
                                    + " so every message of this locale falls back. Write the character itself (the file is UTF-8)"));
                    out.append("\\u");
                }
            } else {
                out.append(switch (c) {
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 'f' -> '\f';
                    default -> c;
                });
            }
        }
        return out.toString();
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    private static boolean endsWithOddBackslashes(String s) {
        int count = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /** Where the characters of a logical line came from: one segment per physical line. */
    static final class Source {
        private final List<int[]> segments = new ArrayList<>(1); // logical offset, line, column
        private String raw = "";
        private int valueStart;

        void add(int offset, int line, int column) {
            segments.add(new int[] {offset, line, column});
        }

        /** Line and column of the raw logical line's character at {@code rawOffset}. */
        int[] rawPosition(int rawOffset) {
            int[] segment = segments.get(0);
            for (int[] s : segments) {
                if (s[0] <= rawOffset) {
                    segment = s;
                }
            }
            return new int[] {segment[1], segment[2] + rawOffset - segment[0]};
        }

        /** Line and column of the decoded value's character at {@code offset}: replays the escapes. */
        int[] position(int offset) {
            int rawOffset = valueStart;
            for (int decoded = 0; decoded < offset && rawOffset < raw.length(); decoded++) {
                if (raw.charAt(rawOffset) == '\\' && rawOffset + 1 < raw.length()) {
                    boolean unicode = raw.charAt(rawOffset + 1) == 'u' && rawOffset + 6 <= raw.length()
                            && raw.substring(rawOffset + 2, rawOffset + 6).chars().allMatch(ch -> ch < 128 && Character.digit(ch, 16) >= 0);
                    rawOffset += unicode ? 6 : 2;
                } else {
                    rawOffset++;
                }
            }
            return rawPosition(rawOffset);
        }
    }

    /** The whole-file text position for problems of a key that is absent: the line after {@code entry}. */
    static int lineAfter(Entry entry) {
        return entry == null ? 1 : entry.lastLine() + 1;
    }
}
