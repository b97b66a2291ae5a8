/**
 * Error Catalog Maven plugin: the {@code check} goal over a locale module's bundles. Maven loads plugins on
 * the class path; this descriptor is for compiling against the checker's exported API only.
 */
module dev.errorcatalog.maven {
    requires dev.errorcatalog.check;
    // Automatic modules: neither jar names itself, so the names come from the file names.
    requires maven.plugin.api;
    requires static maven.plugin.annotations;
}
