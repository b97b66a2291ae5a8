/** Error Catalog tooling: the command line that resolves and lists messages and checks locale bundles. */
module dev.errorcatalog.tooling {
    requires dev.errorcatalog;
    requires dev.errorcatalog.check;
    requires dev.errorcatalog.jackson;
    requires com.ibm.icu;
    requires tools.jackson.databind;
    requires java.logging;

    exports dev.errorcatalog.tooling.cli;

    uses dev.errorcatalog.spi.MessageProvider;

    opens dev.errorcatalog.tooling.cli to tools.jackson.databind;
}
