/**
 * Error Catalog checker: checks locale bundles against the source bundle and the catalog's codes, and writes the
 * report as text, JSON, SARIF or JUnit XML. The command line, the Maven plugin and each locale module's own test
 * are thin adapters over {@link dev.errorcatalog.check.Checker}.
 *
 * @uses dev.errorcatalog.spi.MessageProvider
 */
module dev.errorcatalog.check {
    requires transitive dev.errorcatalog;
    requires com.ibm.icu;
    requires tools.jackson.databind;
    requires java.xml;

    exports dev.errorcatalog.check;

    uses dev.errorcatalog.spi.MessageProvider;
}
