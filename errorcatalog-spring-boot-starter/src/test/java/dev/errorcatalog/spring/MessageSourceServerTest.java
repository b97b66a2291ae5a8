package dev.errorcatalog.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.spring.app.Http;
import dev.errorcatalog.spring.app.TestApplication;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The catalog as the parent of the application's own messages.properties, through a real server. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessageSourceServerTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationsOwnMessagesKeepWorking() {
        Http http = new Http(port);
        assertEquals("Hallo Ada", http.get("/greeting?name=Ada", "de-CH").body());
        assertEquals("Hello Ada", http.get("/greeting?name=Ada", "es").body());
    }

    @Test
    void catalogCodesResolveThroughTheApplicationsMessageSource() {
        Http http = new Http(port);
        assertEquals("Die Telefonnummer muss im E.164-Format vorliegen.", http.get("/messages/not_e164", "de").body());
        assertEquals("This number was purchased too recently to release. Please wait 2 days after purchase to release"
                + " this number or 1 day if your account is in trial mode. Contact Support for further assistance.",
                http.get("/messages/purchased_too_recently?arg=2&arg=1", "en").body());
    }

    @Test
    void theCatalogIsTheParentOfTheApplicationsMessageSourceNotItsReplacement() {
        MessageSource own = context.getBean("messageSource", MessageSource.class);
        assertInstanceOf(ResourceBundleMessageSource.class, own);
        assertInstanceOf(CatalogMessageSource.class, ((HierarchicalMessageSource) own).getParentMessageSource());
    }

    @Test
    void namedArgumentsAsAMapAndResolvablesWork() {
        MessageSource messages = context.getBean("messageSource", MessageSource.class);
        String text = messages.getMessage("purchased_too_recently",
                new Object[] {Map.of("trialWaitDays", 30, "waitDays", 14)}, Locale.GERMAN);
        assertEquals(true, text.contains("14 Tage ") && text.contains("30 Tage,"), text);
        assertEquals("El número debe estar en formato E.164.", messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {"NotE164.call.to", "not_e164"}, "fallback"),
                new Locale("es", "AR")));
    }

    @Test
    void unknownCodesStillFailAsSpringsDo() {
        MessageSource messages = context.getBean("messageSource", MessageSource.class);
        assertThrows(NoSuchMessageException.class, () -> messages.getMessage("no_such_code", null, Locale.GERMAN));
        assertEquals("default", messages.getMessage("no_such_code", null, "default", Locale.GERMAN));
    }

    @Test
    void aNullLocaleIsTheCatalogsDefaultNotTheJvms() {
        Locale jvm = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            MessageSource catalog = ((HierarchicalMessageSource) context.getBean("messageSource", MessageSource.class))
                    .getParentMessageSource();
            assertEquals("The number must be in E.164 format.", catalog.getMessage("not_e164", null, null));
        } finally {
            Locale.setDefault(jvm);
        }
    }
}
