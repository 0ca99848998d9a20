package dev.moodhoodkit.server.docs;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /openapi.yaml}: the contract this server implements, byte for byte the file in the
 * api-spec jar (the one its interfaces were generated from); {@code /openapi-mirror.yaml} and
 * {@code /docs/fidelity} beside it, from the same jar. Not under {@code /v1}: they describe the
 * API rather than being part of it.
 */
@RestController
class SpecController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Resource spec = new ClassPathResource("openapi/openapi.yaml");

    /** The spec less every extension the kit marks, derived by api-spec's build. */
    private final Resource mirror = new ClassPathResource("openapi/openapi-mirror.yaml");

    /** Per operation: where it is known from and how the kit differs, generated with the mirror. */
    private final Resource fidelity = new ClassPathResource("openapi/fidelity.html");

    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<Resource> spec() {
        return revalidated(YAML, spec);
    }

    @GetMapping(path = "/openapi-mirror.yaml", produces = "application/yaml")
    ResponseEntity<Resource> mirror() {
        return revalidated(YAML, mirror);
    }

    @GetMapping(path = "/docs/fidelity", produces = "text/html")
    ResponseEntity<Resource> fidelity() {
        return revalidated(MediaType.TEXT_HTML, fidelity);
    }

    /** Always revalidated: a restarted server may carry a newer contract. */
    private static ResponseEntity<Resource> revalidated(MediaType type, Resource body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache())
                .body(body);
    }
}
