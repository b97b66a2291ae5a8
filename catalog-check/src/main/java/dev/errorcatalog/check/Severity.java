package dev.errorcatalog.check;

import java.util.Locale;

/**
 * How serious a {@link Finding} is; {@link #NONE} switches a check off.
 *
 * @since 0.1
 */
public enum Severity {
    /** Fails the build by default. */
    ERROR,
    /** Reported; fails the build only with a lower failing severity. */
    WARNING,
    /** Reported for information. */
    INFO,
    /** Not reported at all. */
    NONE;

    /** Whether this severity is at least as serious as {@code threshold} ({@link #NONE} never is). */
    public boolean atLeast(Severity threshold) {
        return this != NONE && compareTo(threshold) <= 0;
    }

    /** The lower-case name used in options and reports: {@code error}, {@code warning}, {@code info}, {@code none}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity named {@code id}, in any case.
     *
     * @throws IllegalArgumentException if there is none of that name
     */
    public static Severity of(String id) {
        for (Severity severity : values()) {
            if (severity.id().equalsIgnoreCase(id.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "'; severities: error, warning, info, none");
    }
}
