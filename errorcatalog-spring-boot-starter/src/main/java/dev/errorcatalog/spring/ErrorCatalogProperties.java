package dev.errorcatalog.spring;

import dev.errorcatalog.MissingMessagePolicy;
import dev.errorcatalog.jackson.BodyLocalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code errorcatalog.*} settings of the Spring Boot starter.
 *
 * @since 0.1
 */
@ConfigurationProperties("errorcatalog")
public class ErrorCatalogProperties {

    /**
     * The locale of last resort: what a blank, missing or unmatched Accept-Language gets (never the JVM's
     * default locale). Its locale module must be on the class path.
     */
    private Locale defaultLocale = Locale.ENGLISH;

    /** What to do when a message cannot be resolved exactly: FALLBACK (production) or STRICT (tests, CI). */
    private MissingMessagePolicy missingMessagePolicy = MissingMessagePolicy.FALLBACK;

    /** Whether to find locale modules with ServiceLoader; MessageProvider beans are added either way. */
    private boolean discoverProviders = true;

    /**
     * The type URI of a problem, {code} standing for the code; by default the code's entry on SignalWire's
     * error-code page.
     */
    private String problemType = BodyLocalizer.DEFAULT_PROBLEM_TYPE;

    /**
     * Whether a response whose items would be in different languages is answered wholly in the default
     * locale instead; otherwise Content-Language names every language used.
     */
    private boolean singleLanguage;

    private final Web web = new Web();

    private final Client client = new Client();

    private final Metrics metrics = new Metrics();

    public Locale getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public MissingMessagePolicy getMissingMessagePolicy() {
        return missingMessagePolicy;
    }

    public void setMissingMessagePolicy(MissingMessagePolicy missingMessagePolicy) {
        this.missingMessagePolicy = missingMessagePolicy;
    }

    public boolean isDiscoverProviders() {
        return discoverProviders;
    }

    public void setDiscoverProviders(boolean discoverProviders) {
        this.discoverProviders = discoverProviders;
    }

    public String getProblemType() {
        return problemType;
    }

    public void setProblemType(String problemType) {
        this.problemType = problemType;
    }

    public boolean isSingleLanguage() {
        return singleLanguage;
    }

    public void setSingleLanguage(boolean singleLanguage) {
        this.singleLanguage = singleLanguage;
    }

    public Web getWeb() {
        return web;
    }

    public Client getClient() {
        return client;
    }

    public Metrics getMetrics() {
        return metrics;
    }

    /** Settings of the servlet web part. */
    public static class Web {

        /** Whether to install a LocaleResolver that negotiates Accept-Language with the catalog's locales. */
        private boolean localeResolver = true;

        /**
         * Whether to answer ErrorCodeException, and Spring's own errors where a code fits, as localized
         * application/problem+json.
         */
        private boolean problemDetails = true;

        public boolean isLocaleResolver() {
            return localeResolver;
        }

        public void setLocaleResolver(boolean localeResolver) {
            this.localeResolver = localeResolver;
        }

        public boolean isProblemDetails() {
            return problemDetails;
        }

        public void setProblemDetails(boolean problemDetails) {
            this.problemDetails = problemDetails;
        }
    }

    /** Settings of the RestClient customizer and WebClient filter. */
    public static class Client {

        /** Whether RestClient and WebClient builders localize SignalWire error bodies on their way in. */
        private boolean localizeResponses = true;

        /**
         * Hosts whose error responses are localized, ignoring case; "*.example.com" matches its subdomains,
         * "*" every host. SignalWire's own by default.
         */
        private List<String> hosts = new ArrayList<>(List.of("signalwire.com", "*.signalwire.com"));

        /** Error bodies larger than this are passed on unchanged. */
        private DataSize maxBodySize = DataSize.ofMegabytes(1);

        /** A field to keep each item's original text in (e.g. original_message); none when unset. */
        private String keepOriginal;

        public boolean isLocalizeResponses() {
            return localizeResponses;
        }

        public void setLocalizeResponses(boolean localizeResponses) {
            this.localizeResponses = localizeResponses;
        }

        public List<String> getHosts() {
            return hosts;
        }

        public void setHosts(List<String> hosts) {
            this.hosts = hosts;
        }

        public DataSize getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(DataSize maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        public String getKeepOriginal() {
            return keepOriginal;
        }

        public void setKeepOriginal(String keepOriginal) {
            this.keepOriginal = keepOriginal;
        }
    }

    /** Settings of the Micrometer counter. */
    public static class Metrics {

        /** Whether to count fallbacks (errorcatalog.fallbacks, tagged reason and locale) when Micrometer is present. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
