/** The English messages of the error catalog. */
module dev.errorcatalog.messages.en {
    requires dev.errorcatalog;

    provides dev.errorcatalog.spi.MessageProvider with dev.errorcatalog.messages.en.EnglishMessages;
}
