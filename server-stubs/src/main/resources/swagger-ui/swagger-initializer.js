// Overrides the webjar's swagger-initializer.js (which loads the petstore): Swagger UI for the
// MoodHood reference server, on the spec this server serves at /openapi.yaml, working on the
// first try: "Try it out" calls this server, and "Authorize" gets the tokens itself.
window.onload = function () {
  // The API of the server that serves this page, whatever its host and port (--server.port).
  var root = window.location.pathname.replace(/\/swagger-ui\/.*$/, '');
  var thisServer = window.location.origin + root + '/v1';
  var tokenUrl = thisServer + '/auth/token';
  var adjusted = false;

  // The spec's two bearer schemes take tokens from POST /auth/token. For this page only, two
  // OAuth 2.0 schemes stand for that endpoint, so that "Authorize" asks it for the token (the
  // client credentials go in an HTTP Basic header, RFC 6749 §2.3.1) and fills in the bearer
  // scheme the operations name. /openapi.yaml stays the contract as written.
  var oauthSchemes = {
    GetClientToken: {
      bearer: 'ClientToken',
      scheme: {
        type: 'oauth2',
        description: 'Gets a client token from POST /auth/token (grant_type=client_credentials) '
            + 'and uses it as ClientToken. The reference server\'s bootstrap client is printed at start '
            + '(kit-demo / KitDemoSecret0000ChangeMe0000000 by default). Swagger UI only: not part of the spec.',
        flows: { clientCredentials: { tokenUrl: tokenUrl, scopes: {} } }
      }
    },
    GetUserToken: {
      bearer: 'UserToken',
      scheme: {
        type: 'oauth2',
        description: 'Gets a user token from POST /auth/token (grant_type=password; the username is '
            + 'the user\'s email) and uses it as UserToken. Swagger UI only: not part of the spec.',
        flows: { password: { tokenUrl: tokenUrl, scopes: {} } }
      }
    }
  };

  // A token got by an OAuth 2.0 scheme above also authorizes its bearer scheme; logging out of
  // one logs out of the other.
  function BearerFromOAuth() {
    return {
      statePlugins: {
        auth: {
          wrapActions: {
            authorizeOauth2: function (original, system) {
              return function (authorization) {
                var result = original(authorization);
                var mapping = oauthSchemes[authorization.auth.name];
                if (mapping && authorization.token && authorization.token.access_token) {
                  var schema = system.specSelectors.specJson()
                      .getIn(['components', 'securitySchemes', mapping.bearer]);
                  var bearer = {};
                  bearer[mapping.bearer] = { name: mapping.bearer, value: authorization.token.access_token, schema: schema };
                  system.authActions.authorize(bearer);
                }
                return result;
              };
            },
            logout: function (original) {
              return function (names) {
                var all = (names || []).slice();
                (names || []).forEach(function (name) {
                  if (oauthSchemes[name]) {
                    all.push(oauthSchemes[name].bearer);
                  }
                });
                return original(all);
              };
            }
          }
        }
      }
    };
  }

  window.ui = SwaggerUIBundle({
    url: root + '/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // Keep the tokens across reloads while trying the API.
    persistAuthorization: true,
    // No calls to validator.swagger.io: the build validates the spec.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl, BearerFromOAuth],
    layout: 'StandaloneLayout',
    // In the page only: this server first among the servers and selected, and the OAuth 2.0
    // schemes above beside the spec's own.
    onComplete: function () {
      if (adjusted) {
        return;
      }
      adjusted = true;
      try {
        var spec = window.ui.specSelectors.specJson().toJS();
        spec.servers = (spec.servers || []).filter(function (s) { return s.url !== thisServer; });
        spec.servers.unshift({ url: thisServer, description: 'This reference server (the one serving this page)' });
        spec.components = spec.components || {};
        spec.components.securitySchemes = spec.components.securitySchemes || {};
        Object.keys(oauthSchemes).forEach(function (name) {
          spec.components.securitySchemes[name] = oauthSchemes[name].scheme;
        });
        window.ui.specActions.updateSpec(JSON.stringify(spec, null, 2));
        window.ui.oas3Actions.setSelectedServer(thisServer);
        document.body.dataset.state = 'ready';
      } catch (e) {
        console.warn('Could not select this server or add the token schemes', e);
        document.body.dataset.state = 'error';
      }
    }
  });
};
