/**
 * The example service. Open: Spring reflects on the application's classes. (Run as an executable jar it is
 * on the class path, like every Spring Boot fat jar; the descriptor documents and checks its dependencies.)
 */
open module dev.errorcatalog.example {
    requires dev.errorcatalog.spring;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.web;
}
