package dev.errorcatalog.check;

/** The files {@link Scaffold} writes; {@code @NAME@} placeholders are filled in. */
final class ScaffoldTemplates {

    private ScaffoldTemplates() {
    }

    static final String REACTOR_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>dev.errorcatalog</groupId>
                <artifactId>errorcatalog-parent</artifactId>
                <version>@VERSION@</version>
              </parent>

              <artifactId>@ARTIFACT@</artifactId>
              <name>Error Catalog :: Messages (@NAME@)</name>
              <description>The @NAME@ messages of the error catalog.</description>

              <dependencies>
                <dependency>
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>catalog-core</artifactId>
                </dependency>
            @PARENT_DEPENDENCY@    <dependency>
                  <!-- The bundle check of this module's own build (BundleCheckTest). -->
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>catalog-check</artifactId>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <!-- The English source texts, for the untranslated check. -->
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>messages-en</artifactId>
                  <version>${project.version}</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>

              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <configuration>
                      <!-- the checker, a test dependency on the class path, reads the core's internals -->
                      <argLine>-Dfile.encoding=UTF-8 --add-exports dev.errorcatalog/dev.errorcatalog.internal=ALL-UNNAMED</argLine>
                    </configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    static final String STANDALONE_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
              <modelVersion>4.0.0</modelVersion>

              <groupId>@GROUP@</groupId>
              <artifactId>@ARTIFACT@</artifactId>
              <version>1.0.0-SNAPSHOT</version>
              <name>@NAME@ messages for Error Catalog</name>
              <description>The @NAME@ (@TAG@) messages of the error catalog (dev.errorcatalog).</description>

              <properties>
                <!-- the catalog release these messages translate; its codes are what the check expects -->
                <errorcatalog.version>@VERSION@</errorcatalog.version>
                <maven.compiler.release>17</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>

              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>dev.errorcatalog</groupId>
                    <artifactId>errorcatalog-bom</artifactId>
                    <version>${errorcatalog.version}</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                  <dependency>
                    <groupId>org.junit</groupId>
                    <artifactId>junit-bom</artifactId>
                    <version>5.14.4</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>

              <dependencies>
                <dependency>
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>catalog-core</artifactId>
                </dependency>
            @PARENT_DEPENDENCY@    <dependency>
                  <!-- the bundle check of this module's own build (BundleCheckTest) -->
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>catalog-check</artifactId>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <!-- the English source texts, for the untranslated check -->
                  <groupId>dev.errorcatalog</groupId>
                  <artifactId>messages-en</artifactId>
                  <scope>test</scope>
                </dependency>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <scope>test</scope>
                </dependency>
              </dependencies>

              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-clean-plugin</artifactId>
                    <version>3.4.1</version>
                  </plugin>
                  <plugin>
                    <artifactId>maven-resources-plugin</artifactId>
                    <version>3.3.1</version>
                    <configuration>
                      <propertiesEncoding>UTF-8</propertiesEncoding>
                    </configuration>
                  </plugin>
                  <plugin>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <version>3.14.1</version>
                  </plugin>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <version>3.5.4</version>
                    <configuration>
                      <trimStackTrace>false</trimStackTrace>
                      <!-- the checker, a test dependency on the class path, reads the core's internals -->
                      <argLine>-Dfile.encoding=UTF-8 --add-exports dev.errorcatalog/dev.errorcatalog.internal=ALL-UNNAMED</argLine>
                    </configuration>
                  </plugin>
                  <plugin>
                    <artifactId>maven-jar-plugin</artifactId>
                    <version>3.4.2</version>
                  </plugin>
                  <plugin>
                    <artifactId>maven-install-plugin</artifactId>
                    <version>3.1.4</version>
                  </plugin>
                  <plugin>
                    <artifactId>maven-deploy-plugin</artifactId>
                    <version>3.1.4</version>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;

    /** The regional module's parent module, as a runtime dependency: its messages serve every key this one lacks. */
    static String parentDependency(boolean standalone) {
        return """
                    <dependency>
                      <!-- the parent locale: it serves every message this regional module does not override -->
                      <groupId>dev.errorcatalog</groupId>
                      <artifactId>@PARENT_ARTIFACT@</artifactId>
                """ + (standalone ? "" : "      <version>${project.version}</version>\n") + """
                      <scope>runtime</scope>
                    </dependency>
                """;
    }

    static final String MODULE_INFO = """
            /** The @NAME@ messages of the error catalog. */
            module @PACKAGE@ {
                requires dev.errorcatalog;

                provides dev.errorcatalog.spi.MessageProvider with @PACKAGE@.@CLASS@;
            }
            """;

    static final String PROVIDER = """
            package @PACKAGE@;

            import dev.errorcatalog.ErrorCatalog;
            import dev.errorcatalog.spi.PropertiesMessageProvider;
            import java.io.InputStream;
            import java.util.Locale;

            /** The @NAME@ (@TAG@) messages of the error catalog, from the bundle in this package. */
            public final class @CLASS@ extends PropertiesMessageProvider {

                /** Called by {@link java.util.ServiceLoader}. */
                public @CLASS@() {
                    super(Locale.forLanguageTag("@TAG@"), ErrorCatalog.CATALOG_VERSION);
                }

                @Override
                protected InputStream openBundle() {
                    return @CLASS@.class.getResourceAsStream("@BUNDLE@");
                }
            }
            """;

    static final String CHECK_TEST = """
            package @PACKAGE@;

            import dev.errorcatalog.check.BundleAssertions;
            import dev.errorcatalog.check.Checker;
            import dev.errorcatalog.check.Severity;
            import java.io.IOException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.api.Test;

            /**
             * The bundle checks itself in this module's build: every code of the catalog, valid patterns with the declared
             * arguments, translated, clean UTF-8. While a translation is in progress, accept today's findings with a baseline
             * (only new ones fail): java -jar errorcatalog.jar check src/main/resources --format json --output baseline.json
             */
            class BundleCheckTest {

                @Test
                void bundleIsCompleteAndClean() throws IOException {
                    Checker.Builder checker = Checker.builder();
                    Path baseline = Path.of("baseline.json");
                    if (Files.exists(baseline)) {
                        checker.baseline(baseline);
                    }
                    BundleAssertions.assertClean(checker.build(), Severity.ERROR, Path.of("src", "main", "resources"));
                }
            }
            """;
}
