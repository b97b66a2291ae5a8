package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.TestApplication;
import dev.errorcatalog.spring.web.CatalogExceptionHandler;
import dev.errorcatalog.spring.web.ErrorCodeException;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Each part of the starter backs off when the application defines its own; a real server each. */
class BackOffTest {

    static final String ERROR = "{\"to\": \"12345\"}";

    @Nested
    @SpringBootTest(classes = {TestApplication.class, OwnLocaleResolver.Config.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OwnLocaleResolver {

        @TestConfiguration
        static class Config {
            @Bean
            LocaleResolver localeResolver() {
                return new FixedLocaleResolver(Locale.forLanguageTag("es"));
            }
        }

        @LocalServerPort
        int port;

        @Test
        void theApplicationsLocaleResolverWinsAndTheErrorsFollowIt() {
            Http http = new Http(port);
            assertEquals("es", http.get("/locale", "de").body());
            HttpResponse<String> response = http.post("/calls", ERROR, "de");
            assertEquals("es", response.headers().firstValue("Content-Language").orElseThrow());
            assertEquals("El número debe estar en formato E.164.", Http.json(response).get("title").asString());
        }
    }

    @Nested
    @SpringBootTest(classes = {TestApplication.class, OwnMessageSource.Config.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OwnMessageSource {

        @TestConfiguration
        static class Config {
            @Bean
            MessageSource messageSource() {
                StaticMessageSource own = new StaticMessageSource();
                own.addMessage("app.greeting", Locale.GERMAN, "Servus {0}");
                own.addMessage("not_e164", Locale.GERMAN, "Bitte mit + und Ländervorwahl");
                return own;
            }
        }

        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theApplicationsMessageSourceWinsForItsKeysAndTheCatalogServesTheRest() {
            Http http = new Http(port);
            assertInstanceOf(StaticMessageSource.class, context.getBean("messageSource"));
            assertEquals("Servus Ada", http.get("/greeting?name=Ada", "de").body());
            assertEquals("Bitte mit + und Ländervorwahl", http.get("/messages/not_e164", "de").body());
            assertEquals("Dieser Eintrag existiert nicht.", http.get("/messages/does_not_exist", "de").body());
        }
    }

    @Nested
    @SpringBootTest(classes = {TestApplication.class, OwnHandler.Advice.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OwnHandler {

        @RestControllerAdvice
        static class Advice {
            @ExceptionHandler(ErrorCodeException.class)
            ResponseEntity<String> handle(ErrorCodeException e) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body("own " + e.items().get(0).code());
            }
        }

        @LocalServerPort
        int port;

        @Test
        void theApplicationsExceptionHandlerWins() {
            HttpResponse<String> response = new Http(port).post("/calls", ERROR, "de");
            assertEquals(409, response.statusCode());
            assertEquals("own not_e164", response.body());
        }

        @Test
        void theStartersHandlerStillAnswersWhatTheApplicationsDoesNotHandle() {
            HttpResponse<String> response = new Http(port).get("/greeting", "de");
            assertEquals("missing_required_parameter", Http.json(response).get("code").asString());
        }
    }

    @Nested
    @SpringBootTest(classes = {TestApplication.class, OwnResponseEntityExceptionHandler.Advice.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OwnResponseEntityExceptionHandler {

        @RestControllerAdvice
        static class Advice extends ResponseEntityExceptionHandler {
        }

        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theStartersHandlerBacksOffAndSpringsRendersTheCatalogsTextFromTheMessageSource() {
            assertTrue(context.getBeansOfType(CatalogExceptionHandler.class).isEmpty());
            HttpResponse<String> response = new Http(port).post("/calls", ERROR, "de");
            assertEquals(422, response.statusCode());
            assertEquals("Die Telefonnummer muss im E.164-Format vorliegen.",
                    Http.json(response).get("detail").asString());
        }
    }

    @Nested
    @SpringBootTest(classes = {TestApplication.class, OwnCatalog.Config.class},
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class OwnCatalog {

        @TestConfiguration
        static class Config {
            @Bean
            ErrorCatalog myCatalog() {
                return ErrorCatalog.builder().defaultLocale(Locale.GERMAN).build();
            }
        }

        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void theApplicationsCatalogIsTheOneUsed() {
            assertEquals(1, context.getBeansOfType(ErrorCatalog.class).size());
            assertEquals("de", new Http(port).post("/calls", ERROR, "").headers().firstValue("Content-Language").orElseThrow());
        }
    }

    @Nested
    @SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"errorcatalog.web.locale-resolver=false", "errorcatalog.web.problem-details=false",
                "spring.messages.basename=no-such-bundle",
                // Spring's resolver logs each ErrorResponse it answers, as expected here
                "logging.level.org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver=error"})
    class SwitchedOff {

        @LocalServerPort
        int port;

        @Autowired
        ApplicationContext context;

        @Test
        void springsOwnLocaleResolverAndErrorHandlingAnswerInstead() {
            assertInstanceOf(AcceptHeaderLocaleResolver.class, context.getBean("localeResolver"));
            assertTrue(context.getBeansOfType(CatalogExceptionHandler.class).isEmpty());
            HttpResponse<String> response = new Http(port).post("/calls", ERROR, "de");
            assertEquals(422, response.statusCode());
            assertFalse(response.headers().firstValue("Content-Language").isPresent());
        }

        @Test
        void withoutMessagesOfItsOwnTheCatalogIsTheApplicationsMessageSource() {
            assertInstanceOf(CatalogMessageSource.class, context.getBean("messageSource"));
            assertEquals("Dieser Eintrag existiert nicht.", new Http(port).get("/messages/does_not_exist", "de").body());
        }
    }
}
