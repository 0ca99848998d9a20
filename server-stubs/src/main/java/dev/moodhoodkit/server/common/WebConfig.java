package dev.moodhoodkit.server.common;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Where the API lives and what every feature shares. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final String API_PACKAGE = "dev.moodhoodkit.server.api";

    /**
     * The generated interfaces hold paths relative to the spec's server URL ({@code /v1});
     * every controller that implements one serves under {@code /v1}. Pages (Swagger UI, the
     * room page, docs) stay at the root.
     */
    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        configurer.addPathPrefix(
                "/v1",
                type -> type.isAnnotationPresent(RestController.class)
                        && Arrays.stream(type.getInterfaces())
                                .anyMatch(i -> i.getPackageName().equals(API_PACKAGE)));
    }

    /**
     * The one source of "now" for everything the server decides (token lifetimes, invite and
     * guest-link expiry, idle calls, record dates, webhook retries): tests replace this bean
     * with a clock they move instead of editing rows.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
