package dev.errorcatalog.jackson;

/**
 * The SignalWire error shapes a body is searched for, and the field each one's human text is in.
 *
 * @since 0.2
 */
public enum Shape {
    /**
     * An object of the top-level {@code errors} array with a {@code message}:
     * {@code {"type","code","message","attribute","url"}} (the REST and Fabric APIs).
     */
    REST("code", "message"),
    /**
     * An object of the top-level {@code errors} array with a {@code detail} and no {@code message}:
     * {@code {"detail","status","title","code"}} (the Space API, {@code /api/relay/rest}).
     */
    SPACE_API("code", "detail"),
    /**
     * An object anywhere in the body with a non-null {@code error_code}, its text in {@code error_message}
     * (messages, message logs, status callbacks).
     */
    DELIVERY("error_code", "error_message"),
    /** The {@code error} member of a JSON-RPC 2.0 response: {@code {"code": -32001, "message": …}} (AI chat). */
    JSON_RPC("code", "message");

    private final String codeField;
    private final String textField;

    Shape(String codeField, String textField) {
        this.codeField = codeField;
        this.textField = textField;
    }

    /** The field that holds the code. */
    public String codeField() {
        return codeField;
    }

    /** The field that holds the human text, which is what gets localized. */
    public String textField() {
        return textField;
    }
}
