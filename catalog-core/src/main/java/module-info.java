/**
 * Error Catalog core: the error codes, the resolution API and the locale-module SPI.
 *
 * @uses dev.errorcatalog.spi.MessageProvider
 */
@SuppressWarnings("module") // the friend module below is compiled after this one
module dev.errorcatalog {
    requires com.ibm.icu;

    exports dev.errorcatalog;
    exports dev.errorcatalog.spi;
    // how patterns are read (MessagePatterns), shared with the bundle checker only; no API
    exports dev.errorcatalog.internal to dev.errorcatalog.check;

    uses dev.errorcatalog.spi.MessageProvider;
}
