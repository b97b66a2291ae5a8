package dev.errorcatalog.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service that places calls and answers its errors in the caller's language, through the Error Catalog
 * starter: {@code java -jar example.jar --server.port=8080}.
 */
@SpringBootApplication
public class ExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
