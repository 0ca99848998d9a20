package dev.moodhoodkit.server.auth;

import dev.moodhoodkit.server.api.model.TokenRequest;
import dev.moodhoodkit.server.api.model.TokenResponse;
import dev.moodhoodkit.server.common.WireMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The token endpoint's generated models to and from the auth feature's records. */
@Mapper(config = WireMapping.class)
interface TokenMapper {

    @Mapping(target = "type", source = "grantType")
    TokenGrant grant(TokenRequest request);

    /** Every token the endpoint gives is a bearer token. */
    @Mapping(target = "tokenType", constant = "BEARER")
    TokenResponse response(IssuedTokens tokens);
}
