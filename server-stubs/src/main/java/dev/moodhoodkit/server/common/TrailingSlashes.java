package dev.moodhoodkit.server.common;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * {@code GET /v1/spaces/} answers as {@code GET /v1/spaces}: MoodHood's own clients and FAQ
 * call the API with a trailing slash, and Spring 7 no longer matches one. Spring's own
 * {@link UrlHandlerFilter} strips it before anything else looks at the path (right after
 * {@link RequestIds}, before authentication).
 */
@Configuration(proxyBeanMethods = false)
class TrailingSlashes {

    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/v1/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
