package dev.moodhoodkit.server.access;

import dev.moodhoodkit.server.api.model.GenerateAccessRequest;
import dev.moodhoodkit.server.api.model.GeneratedAccess;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The access feature's domain records to and from the generated models. */
@Mapper(config = WireMapping.class)
interface GuestAccessMapper {

    /** The spec's defaults for a request that sends {@code "ttl": null} or {@code "isPermanent": null}. */
    @Mapping(target = "ttlSeconds", source = "ttl", defaultValue = "86400")
    @Mapping(target = "permanent", source = "isPermanent", defaultValue = "false")
    GuestAccessService.Request request(GenerateAccessRequest request);

    GeneratedAccess generatedAccess(GuestAccessService.GuestAccess access);
}
