package dev.errorcatalog.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The accepted findings of a baseline file (a JSON report), matched by id, locale, key and file name. */
final class Baseline {

    private final Map<String, Integer> accepted;

    private Baseline(Map<String, Integer> accepted) {
        this.accepted = accepted;
    }

    static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JsonReport.MAPPER.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IOException(file + ": not a JSON report (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.path("schemaVersion").asInt(0) != JsonReport.SCHEMA_VERSION || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a baseline: expected a JSON report of 'check --format json' with schemaVersion "
                    + JsonReport.SCHEMA_VERSION);
        }
        Map<String, Integer> accepted = new HashMap<>();
        for (JsonNode finding : root.path("findings")) {
            String key = identity(finding.path("id").asString(""), finding.path("locale").asString(""),
                    finding.path("key").isNull() ? null : finding.path("key").asString(""), finding.path("file").asString(""));
            accepted.merge(key, 1, Integer::sum);
        }
        return new Baseline(accepted);
    }

    /** The findings the baseline does not accept; each recorded finding accepts one. */
    List<Finding> filter(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(accepted);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            String key = identity(finding.id().id(), finding.locale(), finding.key(), finding.file());
            Integer count = left.get(key);
            if (count != null && count > 0) {
                left.put(key, count - 1);
            } else {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static String identity(String id, String locale, String key, String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return id + '\u0000' + locale + '\u0000' + key + '\u0000' + name;
    }
}
