package dev.moodhoodkit.server.embed;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The room page's script and style sheet, {@code /room/assets/*} (the page itself is {@link RoomPageController}'s). */
@Configuration(proxyBeanMethods = false)
class RoomPageWebConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/room/assets/**").addResourceLocations("classpath:/room/assets/");
    }
}
