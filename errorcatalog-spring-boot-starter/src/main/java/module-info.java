/**
 * Error Catalog for Spring Boot: auto-configuration of the catalog bean, Accept-Language locale resolution,
 * the catalog as a message source, localized problem+json error responses and localized SignalWire client
 * responses.
 */
module dev.errorcatalog.spring {
    requires transitive dev.errorcatalog;
    requires transitive dev.errorcatalog.jackson;
    requires transitive spring.context;
    requires spring.beans;
    requires spring.core;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires static transitive spring.web;
    requires static spring.webmvc;
    requires static jakarta.servlet;
    requires static micrometer.core;
    requires static spring.boot.restclient;
    requires static spring.boot.webclient;
    requires static spring.webflux;
    requires static reactor.core;

    exports dev.errorcatalog.spring;
    exports dev.errorcatalog.spring.web;
    exports dev.errorcatalog.spring.client;
    exports dev.errorcatalog.spring.autoconfigure;

    opens dev.errorcatalog.spring to spring.core, spring.beans, spring.context, spring.boot;
    opens dev.errorcatalog.spring.web to spring.core, spring.beans, spring.context, spring.web, spring.webmvc;
    opens dev.errorcatalog.spring.client to spring.core, spring.beans, spring.context;
    opens dev.errorcatalog.spring.autoconfigure to spring.core, spring.beans, spring.context, spring.boot;
}
