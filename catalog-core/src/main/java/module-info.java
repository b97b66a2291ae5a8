/**
 * Error Catalog core: the error codes, the resolution API and the locale-module SPI.
 *
 * @uses dev.errorcatalog.spi.MessageProvider
 */
module dev.errorcatalog {
    requires com.ibm.icu;

    exports dev.errorcatalog;
    exports dev.errorcatalog.spi;

    uses dev.errorcatalog.spi.MessageProvider;
}
