package dev.errorcatalog.it.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown file. A block preceded by {@code <!-- snippet: PATH -->} (PATH relative
 * to the repository root) is an excerpt of that file, included verbatim.
 */
record Readme(Path file, List<Readme.Block> blocks) {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```([\\w-]*)\\s*$");
    private static final Pattern SNIPPET = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(\\S+)\\s*-->\\s*$");

    /**
     * One fenced block.
     *
     * @param language the info string ({@code java}, {@code xml}, {@code sh}, or empty)
     * @param text the content, without the fence's indentation
     * @param line the line number of the opening fence
     * @param snippetOf the file this block is an excerpt of, or {@code null}
     * @param section the heading of the {@code ##} or {@code ###} section the block is in
     */
    record Block(String language, String text, int line, String snippetOf, String section) {

        String where() {
            return "README.md:" + line + (snippetOf == null ? "" : " (snippet of " + snippetOf + ")");
        }
    }

    static Readme read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") || lines.get(i).startsWith("### ")) {
                section = lines.get(i).substring(lines.get(i).indexOf(' ') + 1).strip();
            }
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            int start = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                String line = lines.get(i);
                int strip = Math.min(indent, line.length() - line.stripLeading().length());
                text.append(line.substring(strip)).append('\n');
            }
            if (i == lines.size()) {
                throw new IllegalStateException(file + ":" + (start + 1) + ": code block never closed");
            }
            blocks.add(new Block(open.group(2), text.toString(), start + 1, snippetBefore(lines, start), section));
        }
        return new Readme(file, List.copyOf(blocks));
    }

    private static String snippetBefore(List<String> lines, int fence) {
        for (int i = fence - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                Matcher snippet = SNIPPET.matcher(lines.get(i));
                return snippet.matches() ? snippet.group(1) : null;
            }
        }
        return null;
    }

    List<Block> blocks(String language) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }

    /** Whether {@code excerpt} is a run of whole lines of {@code text}, the same after removing common indentation. */
    static boolean isExcerpt(String excerpt, String text) {
        List<String> part = dedent(excerpt.lines().toList());
        List<String> all = text.lines().toList();
        for (int start = 0; start + part.size() <= all.size(); start++) {
            if (dedent(all.subList(start, start + part.size())).equals(part)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
    }
}
