package dev.lexgraph.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The REST service over the graph ({@code java -jar target/lexgraph.jar serve}). */
@SpringBootApplication(scanBasePackages = {"dev.lexgraph.app", "dev.lexgraph.api", "dev.lexgraph.query",
        "dev.lexgraph.web"})
@ConfigurationPropertiesScan("dev.lexgraph.app")
public class LexgraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(LexgraphApplication.class, args);
    }
}
