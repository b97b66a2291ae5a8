/** The Spanish messages of the error catalog. */
module dev.errorcatalog.messages.es {
    requires dev.errorcatalog;

    provides dev.errorcatalog.spi.MessageProvider with dev.errorcatalog.messages.es.SpanishMessages;
}
