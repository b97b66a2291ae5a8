/** Error Catalog tooling: the command line that resolves and lists messages and checks locale bundles. */
module dev.errorcatalog.tooling {
    requires dev.errorcatalog;
    requires com.ibm.icu;
    requires tools.jackson.databind;
    requires java.logging;
    requires java.xml;

    exports dev.errorcatalog.tooling.cli;
    exports dev.errorcatalog.tooling.check;

    uses dev.errorcatalog.spi.MessageProvider;

    opens dev.errorcatalog.tooling.cli to tools.jackson.databind;
}
