/** Error Catalog tooling: the command line that resolves and lists messages and checks locale bundles. */
module dev.errorcatalog.tooling {
    requires dev.errorcatalog;
    requires dev.errorcatalog.check;
    requires com.ibm.icu;
    requires tools.jackson.databind;
    requires java.logging;
    requires info.picocli;

    exports dev.errorcatalog.tooling.cli;

    uses dev.errorcatalog.spi.MessageProvider;

    // Jackson writes the output records; picocli reads the commands' annotations and sets their fields.
    opens dev.errorcatalog.tooling.cli to tools.jackson.databind, info.picocli;
}
