package dev.errorcatalog.tooling.cli;

import dev.errorcatalog.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The replaced codes that resolve to a code, for {@code list}'s output. */
final class RenamedCodes {

    private RenamedCodes() {
    }

    /** The old codes whose successor is {@code code}, in the order of {@link ErrorCode#renames()}; often none. */
    static List<String> of(ErrorCode code) {
        List<String> old = new ArrayList<>();
        for (Map.Entry<String, ErrorCode> rename : ErrorCode.renames().entrySet()) {
            if (rename.getValue() == code) {
                old.add(rename.getKey());
            }
        }
        return old;
    }
}
