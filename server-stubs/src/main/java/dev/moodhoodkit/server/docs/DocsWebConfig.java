package dev.moodhoodkit.server.docs;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages beside the API: Swagger UI at {@code /swagger-ui/} (the root leads there) and the
 * HTML reference ({@link ReferenceWebConfig}). The spec itself is {@link SpecController}'s.
 */
@Configuration(proxyBeanMethods = false)
class DocsWebConfig implements WebMvcConfigurer {

    static final String SWAGGER_UI = "/swagger-ui/";

    /**
     * Swagger UI's files come from the webjar, except {@code swagger-initializer.js}, which
     * {@code classpath:/swagger-ui/} overrides to load {@code /openapi.yaml} instead of the
     * petstore.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(SWAGGER_UI + "**")
                .addResourceLocations("classpath:/swagger-ui/", Webjars.location("org.webjars", "swagger-ui"));
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", SWAGGER_UI);
        registry.addRedirectViewController("/swagger-ui", SWAGGER_UI);
        registry.addViewController(SWAGGER_UI).setViewName("forward:" + SWAGGER_UI + "index.html");
    }
}
