package dev.errorcatalog.jackson;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;

/**
 * Finds the error items of a body in one streaming pass, with the byte offsets of each item's text so
 * that the text can be replaced in place and everything else kept byte for byte.
 *
 * <p>Recursion follows the document's nesting, which the parser's {@code maxNestingDepth} bounds.
 */
final class BodyScanner {

    /** Where an object is, as far as the shapes care. */
    private enum Place { ROOT, ERRORS_ELEMENT, RPC_ERROR, OTHER }

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
    private final String keepField;
    private final List<Found> found = new ArrayList<>(4);

    private BodyScanner(JsonParser parser, String keepField) {
        this.parser = parser;
        this.keepField = keepField;
    }

    /**
     * The error items of {@code body}, in the order their objects end.
     *
     * @throws tools.jackson.core.JacksonException if the body is not one JSON value within the limits
     * @throws IllegalStateException "empty" or "trailing" for an empty body or content after the value
     */
    static List<Found> scan(TokenStreamFactory factory, byte[] body, String keepField) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
            BodyScanner scanner = new BodyScanner(parser, keepField);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalStateException("empty");
            }
            scanner.value(first, Place.ROOT);
            if (parser.nextToken() != null) {
                throw new IllegalStateException("trailing");
            }
            return scanner.found;
        }
    }

    private void value(JsonToken token, Place place) {
        if (token == JsonToken.START_OBJECT) {
            object(place);
        } else if (token == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                value(t, Place.OTHER);
            }
        }
    }

    private Found object(Place place) {
        Fields fields = null;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
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
                        value(token, Place.OTHER);
                    }
                }
                case "error" -> {
                    if (place == Place.ROOT && token == JsonToken.START_OBJECT) {
                        fields = fields != null ? fields : new Fields();
                        fields.rpcError = object(Place.RPC_ERROR);
                    } else {
                        value(token, Place.OTHER);
                    }
                }
                default -> value(token, Place.OTHER);
            }
        }
        return fields == null ? null : decide(fields, place);
    }

    private void errors() {
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken(), index++) {
            if (t == JsonToken.START_OBJECT) {
                Found item = object(Place.ERRORS_ELEMENT);
                if (item != null) {
                    found.add(new Found(item.shape(), "/errors/" + index, item.code(), item.text(), item.attribute(),
                            item.hasKeepField()));
                }
            } else {
                value(t, Place.OTHER);
            }
        }
    }

    /** The item an object is, if any; items of {@code errors} and JSON-RPC errors are added by their parent. */
    private Found decide(Fields f, Place place) {
        if (place == Place.ERRORS_ELEMENT && f.code != null) {
            boolean rest = f.message != null || f.detail == null;
            return new Found(rest ? Shape.REST : Shape.SPACE_API, "", f.code, rest ? f.message : f.detail,
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
            case VALUE_STRING, VALUE_NULL -> {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                String text = token == JsonToken.VALUE_STRING ? parser.getString() : null;
                return new Field(token, text, start, (int) parser.currentLocation().getByteOffset());
            }
            case START_OBJECT, START_ARRAY -> {
                value(token, Place.OTHER);
                return new Field(token, null, -1, -1);
            }
            default -> {
                return new Field(token, parser.getString(), -1, -1);
            }
        }
    }
}
