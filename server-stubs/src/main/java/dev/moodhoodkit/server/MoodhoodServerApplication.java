package dev.moodhoodkit.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The reference server. Controllers implementing the generated interfaces in
 * {@code dev.moodhoodkit.server.api} live in feature packages beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MoodhoodServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MoodhoodServerApplication.class, args);
    }
}
