package dev.moodhoodkit.server.docs;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTML reference: Redoc rendering {@code /openapi.yaml} at {@code /reference/} and the
 * mirror ({@code /openapi-mirror.yaml}, the real API without the kit's extensions) at
 * {@code /reference/mirror/}; both also under {@code /docs/}, beside the guide. Everything the
 * pages load comes from this server (the pages in {@code classpath:/reference/}, Redoc's
 * standalone bundle from its webjar, {@link RedocBundleTransformer}): no font, script, image
 * or frame from anywhere else.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceWebConfig implements WebMvcConfigurer {

    private static final String[] ROOTS = {"/reference/", "/docs/reference/"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String redoc = Webjars.location("org.webjars.npm", "redoc") + "bundles/";
        for (String root : ROOTS) {
            registry.addResourceHandler(root + "assets/**")
                    .addResourceLocations("classpath:/reference/assets/", redoc)
                    // Cached: the bundle is transformed once, not on every request.
                    .resourceChain(true)
                    .addTransformer(new RedocBundleTransformer());
            registry.addResourceHandler(root + "**").addResourceLocations("classpath:/reference/");
        }
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // GuideController redirects /docs/reference (its page pattern would take it otherwise).
        registry.addRedirectViewController("/reference", "/reference/");
        for (String root : ROOTS) {
            registry.addViewController(root).setViewName("forward:" + root + "index.html");
            registry.addRedirectViewController(root + "mirror", root + "mirror/");
            registry.addViewController(root + "mirror/").setViewName("forward:" + root + "mirror/index.html");
        }
    }
}
