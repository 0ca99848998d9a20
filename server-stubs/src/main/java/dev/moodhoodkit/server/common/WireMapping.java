package dev.moodhoodkit.server.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every feature's MapStruct mapper shares: it is a Spring bean, it converts times, URIs and
 * ids with {@link WireTypes}, and a property of a generated model that nothing maps fails the
 * build, so a field added to the spec cannot silently go out empty.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.SPRING,
        uses = WireTypes.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface WireMapping {}
