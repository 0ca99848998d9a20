package dev.moodhoodkit.client;

import dev.moodhoodkit.client.api.AuthApi;

/**
 * What a {@link MoodhoodClient} and every view derived from it share: the Feign wiring, the
 * connection pool, the client credentials with their token, and the default page size.
 */
final class ClientContext {

    final FeignWiring wiring;
    final HttpTransport transport;
    final ClientCredentials client;
    final OAuthTokenSource.TokenEndpoint tokenEndpoint;
    final OAuthTokenSource clientTokens;
    final AuthApi authApi;
    final int pageSize;

    ClientContext(FeignWiring wiring, HttpTransport transport, ClientCredentials client, int pageSize) {
        this.wiring = wiring;
        this.transport = transport;
        this.client = client;
        this.pageSize = pageSize;
        this.tokenEndpoint = wiring.tokenEndpoint();
        this.clientTokens =
                client == null ? null : OAuthTokenSource.clientCredentials(client, tokenEndpoint, wiring.clock());
        this.authApi = wiring.tokenApi();
    }
}
