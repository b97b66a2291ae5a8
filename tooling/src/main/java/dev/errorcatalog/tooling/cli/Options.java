package dev.errorcatalog.tooling.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of one command: positionals, and {@code --name value} or {@code --name=value}
 * options, each allowed once unless declared repeatable.
 */
final class Options {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final java.util.Set<String> flags = new java.util.HashSet<>();
    private boolean help;

    private Options() {
    }

    /**
     * Parses {@code args} against the options a command accepts.
     *
     * @param single options that take a value and may appear once
     * @param repeatable options that take a value and may appear many times
     */
    static Options parse(String command, List<String> args, Set<String> single, Set<String> repeatable)
            throws UsageException {
        return parse(command, args, single, repeatable, Set.of());
    }

    /** As {@link #parse(String, List, Set, Set)}, with {@code flags}: options without a value. */
    static Options parse(String command, List<String> args, Set<String> single, Set<String> repeatable, Set<String> flags)
            throws UsageException {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                options.help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.equals("--")) {
                options.positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(command + ": option " + name + " takes no value");
                }
                if (!options.flags.add(name)) {
                    throw new UsageException(command + ": option " + name + " given twice");
                }
                continue;
            }
            if (!single.contains(name) && !repeatable.contains(name)) {
                throw new UsageException(command + ": unknown option " + name + " (see " + command + " --help)");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(command + ": option " + name + " needs a value");
            }
            List<String> list = options.values.computeIfAbsent(name, n -> new ArrayList<>());
            if (!list.isEmpty() && single.contains(name)) {
                throw new UsageException(command + ": option " + name + " given twice");
            }
            list.add(value);
        }
        return options;
    }

    boolean help() {
        return help;
    }

    /** Whether a flag was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positionals() {
        return positionals;
    }

    String value(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    String value(String name, String defaultValue) {
        String value = value(name);
        return value == null ? defaultValue : value;
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of an option restricted to a set of choices. */
    String choice(String command, String name, String defaultValue, List<String> choices) throws UsageException {
        String value = value(name, defaultValue);
        if (!choices.contains(value)) {
            throw new UsageException(command + ": " + name + " must be one of " + String.join(", ", choices) + ", not '" + value + "'");
        }
        return value;
    }
}
