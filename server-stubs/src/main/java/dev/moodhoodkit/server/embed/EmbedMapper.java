package dev.moodhoodkit.server.embed;

import dev.moodhoodkit.server.api.model.EmbedDescriptor;
import dev.moodhoodkit.server.api.model.EmbedPermissions;
import dev.moodhoodkit.server.api.model.IframeAttributes;
import java.net.URI;

/** The embed domain type to the spec's descriptor. */
final class EmbedMapper {

    private EmbedMapper() {}

    static EmbedDescriptor toApi(Embed embed) {
        URI url = URI.create(embed.roomUrl());
        IframeAttributes iframe = new IframeAttributes(
                url,
                embed.width(),
                embed.height(),
                IframeAttributes.FrameborderEnum.fromValue("0"),
                embed.allow(),
                true);
        Embed.Rights rights = embed.rights();
        EmbedPermissions permissions = new EmbedPermissions(
                rights.camera(), rights.microphone(), rights.screenShare(), rights.chat(), rights.moderate());
        return new EmbedDescriptor(url, iframe, embed.html(), permissions);
    }
}
