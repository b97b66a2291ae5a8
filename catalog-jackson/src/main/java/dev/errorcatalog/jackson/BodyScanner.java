package dev.errorcatalog.jackson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Finds the error items of a body in one streaming pass, with the byte offsets of each item's text so
 * that the text can be replaced in place and everything else kept byte for byte.
 *
 * <p>Recursion follows the document's nesting, which the parser's {@code maxNestingDepth} bounds.
 * Duplicate fields are detected here, not by the parser's {@code STRICT_DUPLICATE_DETECTION}, which
 * allocates a hash set for every object of more than two fields: that alone cost more than the rest of
 * localizing a 3-item body (JMH). Names are compared with the others of their object, kept on one stack
 * for the whole document; an object of more than 32 fields gets a hash set, so time stays linear.
 */
final class BodyScanner {

    /** Where an object is, as far as the shapes care. */
    private enum Place { ROOT, ERRORS_ELEMENT, RPC_ERROR, OTHER }

    /** A body that is JSON but not one this library reads: empty, more after the value, a duplicate field. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final InvalidBodyException.Reason reason;

        Rejected(InvalidBodyException.Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    private static final int SMALL_OBJECT = 32;

    /** One scalar field of interest: its token, its text, and for a string or {@code null} its offsets. */
    record Field(JsonToken token, String text, int start, int end) {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    /**
     * An error item as found: shape, where, its code field, text field and attribute (each {@code null}
     * when absent), and whether it already has the field the original text would be kept in.
     */
    record Found(Shape shape, String pointer, Field code, Field text, Field attribute, boolean hasKeepField) {
    }

    /** The fields of one object that the shapes look at; made only for objects that have one. */
    private static final class Fields {
        Field code;
        Field message;
        Field detail;
        Field attribute;
        Field errorCode;
        Field errorMessage;
        Field jsonrpc;
        Found rpcError;
        String deliveryPointer;
        boolean keep;
    }

    private final JsonParser parser;
    private final byte[] body;
    private final String keepField;
    private final List<Found> found = new ArrayList<>(4);
    /** The field names of the objects being read, innermost last. */
    private String[] names = new String[16];
    private int top;

    private BodyScanner(JsonParser parser, byte[] body, String keepField) {
        this.parser = parser;
        this.body = body;
        this.keepField = keepField;
    }

    /**
     * The error items of {@code body}, in the order their objects end.
     *
     * @throws tools.jackson.core.JacksonException if the body is not one JSON value within the limits
     * @throws Rejected for an empty body, content after the value, or a duplicate field
     */
    static List<Found> scan(TokenStreamFactory factory, byte[] body, String keepField) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
            BodyScanner scanner = new BodyScanner(parser, body, keepField);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Rejected(InvalidBodyException.Reason.NOT_JSON, "the body is empty");
            }
            scanner.value(first, Place.ROOT, -1);
            if (parser.nextToken() != null) {
                throw new Rejected(InvalidBodyException.Reason.NOT_JSON, "the body has more content after its JSON value");
            }
            return scanner.found;
        }
    }

    private void value(JsonToken token, Place place, int index) {
        if (token == JsonToken.START_OBJECT) {
            object(place, index);
        } else if (token == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                value(t, Place.OTHER, -1);
            }
        }
    }

    /** Reads an object; {@code index} is its place in the top-level {@code errors} array, else -1. */
    private Found object(Place place, int index) {
        Fields fields = null;
        int base = top;
        Set<String> many = null;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            if (many != null) {
                if (!many.add(name)) {
                    throw duplicate(name);
                }
            } else {
                for (int i = base; i < top; i++) {
                    if (names[i].equals(name)) {
                        throw duplicate(name);
                    }
                }
                if (top - base == SMALL_OBJECT) {
                    many = new HashSet<>(Arrays.asList(names).subList(base, top));
                    many.add(name);
                } else {
                    push(name);
                }
            }
            JsonToken token = parser.nextToken();
            if (name.equals(keepField)) {
                fields = fields != null ? fields : new Fields();
                fields.keep = true;
            }
            switch (name) {
                case "code", "message", "detail", "attribute", "error_code", "error_message", "jsonrpc" -> {
                    fields = fields != null ? fields : new Fields();
                    Field field = field(token);
                    switch (name) {
                        case "code" -> fields.code = field;
                        case "message" -> fields.message = field;
                        case "detail" -> fields.detail = field;
                        case "attribute" -> fields.attribute = field;
                        case "error_code" -> {
                            fields.errorCode = field;
                            fields.deliveryPointer = parser.streamReadContext().getParent().pathAsPointer().toString();
                        }
                        case "error_message" -> fields.errorMessage = field;
                        default -> fields.jsonrpc = field;
                    }
                }
                case "errors" -> {
                    if (place == Place.ROOT && token == JsonToken.START_ARRAY) {
                        errors();
                    } else {
                        value(token, Place.OTHER, -1);
                    }
                }
                case "error" -> {
                    if (place == Place.ROOT && token == JsonToken.START_OBJECT) {
                        fields = fields != null ? fields : new Fields();
                        fields.rpcError = object(Place.RPC_ERROR, -1);
                    } else {
                        value(token, Place.OTHER, -1);
                    }
                }
                default -> value(token, Place.OTHER, -1);
            }
        }
        top = base;
        return fields == null ? null : decide(fields, place, index);
    }

    private void push(String name) {
        if (top == names.length) {
            names = Arrays.copyOf(names, top * 2);
        }
        names[top++] = name;
    }

    private Rejected duplicate(String name) {
        return new Rejected(InvalidBodyException.Reason.DUPLICATE_FIELD, "the body has a duplicate field \"" + name
                + "\" (line " + parser.currentTokenLocation().getLineNr() + ", column "
                + parser.currentTokenLocation().getColumnNr() + ")");
    }

    private void errors() {
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
            if (t == JsonToken.START_OBJECT) {
                Found item = object(Place.ERRORS_ELEMENT, index);
                if (item != null) {
                    found.add(item);
                }
            } else {
                value(t, Place.OTHER, -1);
            }
        }
    }

    /** The item an object is, if any; items of {@code errors} and JSON-RPC errors are added by their parent. */
    private Found decide(Fields f, Place place, int index) {
        if (place == Place.ERRORS_ELEMENT && f.code != null) {
            boolean rest = f.message != null || f.detail == null;
            return new Found(rest ? Shape.REST : Shape.SPACE_API, "/errors/" + index, f.code, rest ? f.message : f.detail,
                    rest ? f.attribute : null, f.keep);
        }
        if (place == Place.RPC_ERROR) {
            return f.code == null ? null : new Found(Shape.JSON_RPC, "/error", f.code, f.message, null, f.keep);
        }
        if (f.errorCode != null && !f.errorCode.isNull()) {
            found.add(new Found(Shape.DELIVERY, f.deliveryPointer, f.errorCode, f.errorMessage, null, f.keep));
        }
        if (place == Place.ROOT && f.rpcError != null && f.jsonrpc != null
                && f.jsonrpc.token() == JsonToken.VALUE_STRING && "2.0".equals(f.jsonrpc.text())) {
            found.add(f.rpcError);
        }
        return null;
    }

    /** A field's value: scalars with their text (strings and nulls with their offsets), structures skipped. */
    private Field field(JsonToken token) {
        switch (token) {
            case VALUE_STRING -> {
                int start = start();
                return new Field(token, parser.getString(), start, endOfString(start));
            }
            case VALUE_NULL -> {
                int start = start();
                return new Field(token, null, start, start + 4);
            }
            case START_OBJECT, START_ARRAY -> {
                value(token, Place.OTHER, -1);
                return new Field(token, null, -1, -1);
            }
            default -> {
                return new Field(token, parser.getString(), -1, -1);
            }
        }
    }

    /** Where the current token starts in the body. */
    private int start() {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    /** The offset just past the closing quote of the string that starts at {@code start}. */
    private int endOfString(int start) {
        int i = start + 1;
        while (body[i] != '"') {
            i += body[i] == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
