package dev.moodhoodkit.server.docs;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What {@code /docs} serves beside the pages of {@link GuideController}: the guide's images, and
 * the HTML reference (the api-spec jar's {@code static/reference/index.html}, also at
 * {@code /reference/}) so that the whole documentation is under one path.
 */
@Configuration(proxyBeanMethods = false)
class GuideWebConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/docs/images/**").addResourceLocations(GuidePages.LOCATION + "images/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/docs", "/docs/");
        registry.addViewController("/docs/reference/").setViewName("forward:/reference/index.html");
    }
}
