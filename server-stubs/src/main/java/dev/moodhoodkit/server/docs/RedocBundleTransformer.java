package dev.moodhoodkit.server.docs;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Redoc's standalone bundle always loads one image from Redocly's CDN: the logo of its "API docs
 * by Redocly" link (no option turns it off). The reference must load nothing from another
 * origin (it works offline, and a reader's browser tells nobody else what it reads), so the
 * bundle is served with that address replaced by an empty inline SVG; the link itself stays.
 * If a newer Redoc moves the logo, ReferenceBrowserTests sees the request and fails.
 */
final class RedocBundleTransformer implements ResourceTransformer {

    static final String BUNDLE = "redoc.standalone.js";
    private static final String CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
    private static final String EMPTY_SVG = "data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E";

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        if (!BUNDLE.equals(transformed.getFilename())) {
            return transformed;
        }
        String bundle = transformed.getContentAsString(StandardCharsets.UTF_8);
        return new TransformedResource(
                transformed, bundle.replace(CDN_LOGO, EMPTY_SVG).getBytes(StandardCharsets.UTF_8));
    }
}
