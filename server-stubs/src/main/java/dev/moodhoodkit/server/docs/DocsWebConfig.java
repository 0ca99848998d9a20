package dev.moodhoodkit.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages beside the API: Swagger UI at {@code /swagger-ui/} (the root leads there) and the
 * HTML reference at {@code /reference/}. The spec itself is {@link SpecController}'s.
 */
@Configuration(proxyBeanMethods = false)
class DocsWebConfig implements WebMvcConfigurer {

    static final String SWAGGER_UI = "/swagger-ui/";

    /**
     * Swagger UI's files come from the webjar, except {@code swagger-initializer.js}, which
     * {@code classpath:/swagger-ui/} overrides to load {@code /openapi.yaml} instead of the
     * petstore. The webjar's folder carries its version, read from the jar itself so that a
     * version bump in the pom needs no change here.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(SWAGGER_UI + "**")
                .addResourceLocations(
                        "classpath:/swagger-ui/",
                        "classpath:/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", SWAGGER_UI);
        registry.addRedirectViewController("/swagger-ui", SWAGGER_UI);
        registry.addViewController(SWAGGER_UI).setViewName("forward:" + SWAGGER_UI + "index.html");
        // The reference is static/reference/index.html in the api-spec jar, which Boot serves as is.
        registry.addRedirectViewController("/reference", "/reference/");
        registry.addViewController("/reference/").setViewName("forward:/reference/index.html");
    }

    private static String swaggerUiVersion() {
        String pom = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (InputStream in = DocsWebConfig.class.getClassLoader().getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the classpath (" + pom + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
