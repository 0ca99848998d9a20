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
 * api-spec jar (the one its interfaces were generated from). Not under {@code /v1}: it
 * describes the API rather than being part of it.
 */
@RestController
class SpecController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Resource spec = new ClassPathResource("openapi/openapi.yaml");

    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    ResponseEntity<Resource> spec() {
        // Always revalidated: a restarted server may carry a newer contract.
        return ResponseEntity.ok()
                .contentType(YAML)
                .cacheControl(CacheControl.noCache())
                .body(spec);
    }
}
