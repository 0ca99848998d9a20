package dev.moodhoodkit.contract.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moodhoodkit.client.MoodhoodClient;
import dev.moodhoodkit.client.api.AuthApi;
import dev.moodhoodkit.client.api.IntegrationApi;
import dev.moodhoodkit.client.api.ParticipantsApi;
import dev.moodhoodkit.client.api.RoomEmbedApi;
import dev.moodhoodkit.client.api.RoomGenerateAccessApi;
import dev.moodhoodkit.client.api.RoomRecordsApi;
import dev.moodhoodkit.client.api.RoomRolesApi;
import dev.moodhoodkit.client.api.SpaceAnalyticsApi;
import dev.moodhoodkit.client.api.SpaceInvitesApi;
import dev.moodhoodkit.client.api.SpaceRoomsApi;
import dev.moodhoodkit.client.api.SpacesApi;
import dev.moodhoodkit.client.api.UsersApi;
import dev.moodhoodkit.client.api.WebHookApi;
import dev.moodhoodkit.client.invoker.ApiClient;
import dev.moodhoodkit.client.invoker.ApiResponseDecoder;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.hc5.ApacheHttp5Client;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The generated Feign client (client-feign's {@code dev.moodhoodkit.client.*}), wired the way a
 * user of the generated code wires it: one {@link ApiClient}, a bearer token, and the API
 * interfaces it builds.
 */
public final class GeneratedClient {

    private GeneratedClient() {}

    /**
     * Every API group of the spec, and the mapper that writes the client's models as JSON (for
     * comparing what a client decoded with what it was sent).
     */
    public record Apis(
            ObjectMapper objectMapper,
            AuthApi auth,
            IntegrationApi integration,
            UsersApi users,
            SpacesApi spaces,
            SpaceRoomsApi rooms,
            SpaceInvitesApi invites,
            RoomRolesApi roomRoles,
            RoomGenerateAccessApi guestAccess,
            ParticipantsApi participants,
            RoomRecordsApi records,
            RoomEmbedApi embed,
            WebHookApi webhooks,
            SpaceAnalyticsApi analytics) {

        /** The API groups of the MoodhoodClient facade, which hands out the same generated interfaces. */
        public static Apis of(MoodhoodClient facade) {
            return new Apis(
                    jsonMapper(),
                    facade.auth(),
                    facade.integration(),
                    facade.users(),
                    facade.spaces(),
                    facade.rooms(),
                    facade.invites(),
                    facade.roomRoles(),
                    facade.generateAccess(),
                    facade.participants(),
                    facade.records(),
                    facade.embed(),
                    facade.webhooks(),
                    facade.analytics());
        }
    }

    /** The generated client's JSON settings, unset fields left out. */
    public static ObjectMapper jsonMapper() {
        ObjectMapper mapper = new ApiClient().getObjectMapper();
        mapper.setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        return mapper;
    }

    /**
     * The client for {@code baseUrl} (ending in {@code /v1}), sending {@code Bearer <token>} when
     * the supplier gives one and the headers of {@code extraHeaders} (e.g. {@code X-Stub-Case}).
     */
    public static Apis connect(String baseUrl, Supplier<String> token, Supplier<Map<String, String>> extraHeaders) {
        ApiClient client = new ApiClient("UserToken");
        client.setBasePath(baseUrl);
        client.setBearerToken(token);
        // Toolchain pitfall 2: the generated models include unset optional fields as null unless
        // the mapper says otherwise, and the server's contract (and Pact) reject "field": null.
        // The encoder shares this mapper, so this one call covers requests too.
        client.getObjectMapper()
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
        // The generated ApiClient's default HttpClient 5 retries 429 and 503 answers itself,
        // sleeping for their Retry-After (30 s in the spec's example), behind Feign's back.
        // Contract tests want each answer as it comes; retry policy is the facade's business.
        // Likewise Feign's default Retryer repeats any call (POSTs too) answered with Retry-After.
        client.getFeignBuilder()
                .client(new ApacheHttp5Client(
                        HttpClients.custom().disableAutomaticRetries().build()))
                .retryer(Retryer.NEVER_RETRY);
        // RedirectToDownloadRoomRecord answers its URL as text/plain, which the generated
        // ApiResponseDecoder hands to Jackson ("Unrecognized token 'https'"). A user of the
        // generated client needs this decoder (reported to the client's owners).
        client.getFeignBuilder().decoder(new PlainTextDecoder(new ApiResponseDecoder(client.getObjectMapper())));
        RequestInterceptor headers = template -> extraHeaders.get().forEach(template::header);
        client.getFeignBuilder().requestInterceptor(headers);
        return new Apis(
                client.getObjectMapper(),
                client.buildClient(AuthApi.class),
                client.buildClient(IntegrationApi.class),
                client.buildClient(UsersApi.class),
                client.buildClient(SpacesApi.class),
                client.buildClient(SpaceRoomsApi.class),
                client.buildClient(SpaceInvitesApi.class),
                client.buildClient(RoomRolesApi.class),
                client.buildClient(RoomGenerateAccessApi.class),
                client.buildClient(ParticipantsApi.class),
                client.buildClient(RoomRecordsApi.class),
                client.buildClient(RoomEmbedApi.class),
                client.buildClient(WebHookApi.class),
                client.buildClient(SpaceAnalyticsApi.class));
    }

    /** The client for {@code baseUrl} with a fixed token (null: none). */
    public static Apis connect(String baseUrl, String token) {
        return connect(baseUrl, () -> token, Map::of);
    }
}
