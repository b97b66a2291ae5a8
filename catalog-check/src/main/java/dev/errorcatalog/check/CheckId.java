package dev.errorcatalog.check;

/**
 * The stable identifier of each check: CI filters on it, baselines match on it and the documentation
 * anchors to it. The {@linkplain #id() ids} never change meaning; new checks get new ids.
 *
 * @since 0.1
 */
public enum CheckId {
    /** An expected key (a code of the catalog, or a key of the source bundle) that the bundle lacks. */
    MISSING_KEY(Severity.ERROR, "A key that every bundle must have is missing"),
    /** A key that no code (or source key) declares. */
    EXTRA_KEY(Severity.ERROR, "A key that nothing declares"),
    /** An extra key that is a case variant or near miss of a missing one. */
    KEY_CASE_OR_TYPO(Severity.ERROR, "A misspelt key"),
    /** ICU rejects the pattern. */
    SYNTAX_ERROR(Severity.ERROR, "ICU rejects the message pattern"),
    /** Braces that do not balance outside quoting, including a stray closing brace that ICU prints. */
    UNBALANCED_BRACE(Severity.ERROR, "Unbalanced braces"),
    /** Argument names differ from the declared or source ones. */
    ARGUMENT_MISMATCH(Severity.ERROR, "Arguments differ from the declared ones"),
    /** An argument of the right name used as a different kind (plain, number, plural, select, ...). */
    ARGUMENT_TYPE_MISMATCH(Severity.ERROR, "An argument used as a different kind"),
    /** A plural or selectordinal without an {@code other} branch. */
    PLURAL_MISSING_OTHER(Severity.ERROR, "A plural without 'other'"),
    /** A select without an {@code other} branch. */
    SELECT_MISSING_OTHER(Severity.ERROR, "A select without 'other'"),
    /** A plural that lacks a CLDR plural category the bundle's locale needs. */
    PLURAL_MISSING_LOCALE_CATEGORY(Severity.ERROR, "A plural lacks a category the locale needs"),
    /** A plural branch for a category the locale never selects. */
    PLURAL_UNUSED_CATEGORY(Severity.WARNING, "A plural branch the locale never selects"),
    /** A single apostrophe before a brace that turns an argument into literal text. */
    APOSTROPHE_QUOTING(Severity.ERROR, "An apostrophe quotes an argument away"),
    /** An empty or blank message where the source has text. */
    EMPTY_VALUE(Severity.ERROR, "An empty message"),
    /** A message identical to the source text. */
    UNTRANSLATED(Severity.ERROR, "A message identical to the source"),
    /** Leading or trailing whitespace that differs from the source. */
    WHITESPACE_MISMATCH(Severity.WARNING, "Leading or trailing whitespace differs from the source"),
    /** The same key twice in one file. */
    DUPLICATE_KEY(Severity.ERROR, "A key defined twice"),
    /** A line ending in a backslash that swallows the next line. */
    LINE_CONTINUATION(Severity.ERROR, "A trailing backslash swallows the next line"),
    /** A UTF-8 byte order mark, or a malformed {@code \\uXXXX} escape. */
    BOM_OR_INVALID_ESCAPE(Severity.ERROR, "A byte order mark or a malformed \\uXXXX escape"),
    /** Bytes that are not UTF-8, U+FFFD, or mojibake. */
    ENCODING_ERROR(Severity.ERROR, "Not UTF-8, or mojibake"),
    /** Formatting the message with example arguments throws or leaves an argument unformatted. */
    RENDER_ERROR(Severity.ERROR, "The message does not render"),
    /** Checking the message failed inside the checker; the message is unchecked. */
    INTERNAL_ERROR(Severity.ERROR, "The checker failed on this message"),
    /** A locale whose share of translated keys is below the configured minimum. */
    COMPLETENESS_BELOW_MINIMUM(Severity.ERROR, "Completeness below the minimum"),
    /**
     * A translation whose source text changed since it was made, by the hash its lock file recorded.
     *
     * @since 0.2
     */
    STALE_TRANSLATION(Severity.WARNING, "The source text changed since the translation");

    private final Severity defaultSeverity;
    private final String title;

    CheckId(Severity defaultSeverity, String title) {
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    /** The stable lower-case id, e.g. {@code missing_key}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The severity of this check unless configured otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** A short title, for report formats that describe their rules. */
    public String title() {
        return title;
    }

    /**
     * The check whose {@linkplain #id() id} is {@code id}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static CheckId of(String id) {
        for (CheckId check : values()) {
            if (check.id().equals(id.trim())) {
                return check;
            }
        }
        throw new IllegalArgumentException("unknown check id '" + id + "'");
    }
}
