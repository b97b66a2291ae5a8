module com.example.quickstart {
    requires dev.errorcatalog;    // catalog-core; the locale modules need no requires: ServiceLoader finds them
}
