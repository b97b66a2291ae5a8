package dev.errorcatalog.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Every command line of the tool that README.md shows (in a code block or a code span) names a command and options that exist:
 * a concrete line ({@code errorcatalog resolve not_e164 --locale de}) is parsed by the command line's own parser,
 * and a synopsis ({@code errorcatalog list [--locale TAG]}) has each of its options looked up in its command.
 */
class ReadmeCommandLinesTest {

    private static final Path README = Path.of("..", "README.md");
    /** How the README runs the tool: the launcher or the jar, from the repository root or from anywhere. */
    private static final Pattern INVOCATION = Pattern.compile(
            "^(?:java -jar (?:tooling/target/)?errorcatalog\\.jar|(?:tooling/target/)?errorcatalog)(?=\\s|$)");
    private static final Pattern FENCE = Pattern.compile("^\\s*```.*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][\\w-]*");

    /** The command lines in the README's code blocks, each with its line number. */
    static List<String[]> commandLines() throws Exception {
        List<String[]> lines = new ArrayList<>();
        boolean inBlock = false;
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (FENCE.matcher(line).matches()) {
                inBlock = !inBlock;
                continue;
            }
            List<String> candidates = new ArrayList<>();
            if (inBlock) {
                candidates.addAll(List.of(withoutComment(line).split("&&")));
            } else {
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    candidates.add(span.group(1));
                }
            }
            for (String candidate : candidates) {
                Matcher invocation = INVOCATION.matcher(candidate.strip());
                // In prose, a bare "errorcatalog check: …" is a message the tool prints, not a command line.
                if (invocation.find() && (inBlock || !invocation.group().equals("errorcatalog"))) {
                    lines.add(new String[] {"README.md:" + (i + 1), candidate.strip().substring(invocation.end()).strip()});
                }
            }
        }
        return lines;
    }

    @Test
    void everyCommandLineInTheReadmeParses() throws Exception {
        List<String[]> lines = commandLines();
        assertTrue(lines.size() >= 10, "the README's command lines were found: " + lines.size());
        List<String> problems = new ArrayList<>();
        for (String[] line : lines) {
            String problem = line[1].contains("[") ? checkSynopsis(line[1]) : checkCommandLine(line[1]);
            if (problem != null) {
                problems.add(line[0] + ": errorcatalog " + line[1] + "\n    " + problem);
            }
        }
        assertEquals(List.of(), problems, "README command lines the command line rejects");
    }

    /** picocli's verdict on a concrete command line, or {@code null} if it parses. */
    static String checkCommandLine(String arguments) {
        try {
            new CommandLine(new MainCommand()).parseArgs(words(arguments).toArray(String[]::new));
            return null;
        } catch (ParameterException e) {
            return e.getMessage();
        }
    }

    /** A synopsis: its command exists and has every option the synopsis names. */
    static String checkSynopsis(String synopsis) {
        CommandLine main = new CommandLine(new MainCommand());
        String first = words(synopsis).get(0);
        CommandSpec spec;
        if (first.equals("COMMAND")) {
            spec = main.getCommandSpec();
        } else if (main.getSubcommands().containsKey(first)) {
            spec = main.getSubcommands().get(first).getCommandSpec();
        } else {
            return "no command '" + first + "'";
        }
        Matcher option = OPTION.matcher(synopsis);
        while (option.find()) {
            if (spec.findOption(option.group()) == null) {
                return spec.name() + " has no option " + option.group();
            }
        }
        return null;
    }

    private static String withoutComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Shell words: split at white space outside quotes, quotes removed. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
