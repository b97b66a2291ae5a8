/** The German messages of the error catalog. */
module dev.errorcatalog.messages.de {
    requires dev.errorcatalog;

    provides dev.errorcatalog.spi.MessageProvider with dev.errorcatalog.messages.de.GermanMessages;
}
