/**
 * Error Catalog for Jackson 3: localizes SignalWire error response bodies and renders them as RFC 9457
 * problem details.
 */
module dev.errorcatalog.jackson {
    requires transitive dev.errorcatalog;
    requires transitive tools.jackson.databind;

    exports dev.errorcatalog.jackson;
}
