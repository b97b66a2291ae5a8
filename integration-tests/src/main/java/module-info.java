/** A consumer of the catalog, run by the integration tests on the module path and on the class path. */
module dev.errorcatalog.it {
    requires dev.errorcatalog;
}
