package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.api.model.EmbedDescriptor;
import dev.moodhoodkit.server.api.model.EmbedPermissions;
import dev.moodhoodkit.server.api.model.IframeAttributes;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The embed domain types to the spec's descriptor and permissions. */
@Mapper(config = WireMapping.class)
interface EmbedMapper {

    @Mapping(target = "iframe", source = ".")
    @Mapping(target = "html", expression = "java(embed.html())")
    @Mapping(target = "permissions", source = "rights")
    EmbedDescriptor descriptor(Embed embed);

    @Mapping(target = "src", source = "roomUrl")
    @Mapping(target = "frameborder", expression = "java(IframeAttributes.FrameborderEnum.fromValue(\"0\"))")
    @Mapping(target = "allow", expression = "java(embed.allow())")
    @Mapping(target = "allowusermedia", constant = "true")
    IframeAttributes iframe(Embed embed);

    EmbedPermissions permissions(Embed.Rights rights);
}
