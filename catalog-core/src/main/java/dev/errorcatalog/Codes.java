package dev.errorcatalog;

import java.util.Locale;

/** How a code received on the wire is matched, and how an unknown one is shown. */
final class Codes {

    /** Code points of an unknown code shown at most; longer codes are never known ones. */
    static final int MAX_CODE_SHOWN = 64;

    private Codes() {
    }

    /** The constant of a current code, matched exactly, then ignoring ASCII case; or {@code null}. */
    static ErrorCode lookup(String code) {
        if (code == null || code.length() > MAX_CODE_SHOWN) {
            return null;
        }
        // no Optional or lambda here: this is the hot path of every argument-less message, and allocates nothing
        ErrorCode exact = ErrorCode.byCode(code);
        return exact != null || !isAscii(code) ? exact : ErrorCode.byCode(code.toLowerCase(Locale.ROOT));
    }

    /** The successor of a renamed code, matched as {@link #lookup(String)} matches current codes; or {@code null}. */
    static ErrorCode lookupRenamed(String code) {
        if (code == null || code.length() > MAX_CODE_SHOWN) {
            return null;
        }
        ErrorCode exact = ErrorCode.renamed(code);
        return exact != null || !isAscii(code) ? exact : ErrorCode.renamed(code.toLowerCase(Locale.ROOT));
    }

    /** Codes are ASCII: a non-ASCII lookalike (the Kelvin sign lower-cases to {@code k}) is no code. */
    private static boolean isAscii(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** An unknown code as a message shows it: without control or format characters, at most 64 code points. */
    static String shown(String code) {
        StringBuilder shown = new StringBuilder(Math.min(code.length(), MAX_CODE_SHOWN + 1));
        code.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(MAX_CODE_SHOWN + 1)
                .forEach(shown::appendCodePoint);
        if (shown.codePointCount(0, shown.length()) > MAX_CODE_SHOWN) {
            shown.setLength(shown.offsetByCodePoints(0, MAX_CODE_SHOWN));
            shown.append('…');
        }
        return shown.toString();
    }
}
