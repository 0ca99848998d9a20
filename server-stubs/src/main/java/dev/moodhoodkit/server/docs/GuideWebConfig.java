package dev.moodhoodkit.server.docs;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What {@code /docs} serves beside the pages of {@link GuideController}: the guide's images (the
 * HTML reference at {@code /docs/reference/} is {@link ReferenceWebConfig}'s).
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
    }
}
