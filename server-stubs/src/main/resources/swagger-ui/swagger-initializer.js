// Overrides the webjar's swagger-initializer.js (which loads the petstore): Swagger UI for the
// MoodHood reference server, on the spec this server serves at /openapi.yaml.
window.onload = function () {
  // The API of the server that serves this page, whatever its host and port (--server.port).
  var root = window.location.pathname.replace(/\/swagger-ui\/.*$/, '');
  var thisServer = window.location.origin + root + '/v1';
  var addedThisServer = false;

  window.ui = SwaggerUIBundle({
    url: root + '/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // Keep the pasted tokens across reloads while trying the API.
    persistAuthorization: true,
    // No calls to validator.swagger.io: the build validates the spec.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    // "Try it out" should call this server: select it, or list it first among the spec's
    // servers when the spec does not name it, in the page only (/openapi.yaml stays the
    // contract as written).
    onComplete: function () {
      if (addedThisServer) {
        return;
      }
      addedThisServer = true;
      try {
        var text = window.ui.specSelectors.specStr();
        if (text && text.indexOf('- url: ' + thisServer + '\n') >= 0) {
          // The spec lists it already (http://localhost:8080/v1): select it.
          window.ui.oas3Actions.setSelectedServer(thisServer);
        } else if (text && /^servers:\n/m.test(text)) {
          window.ui.specActions.updateSpec(text.replace(/^servers:\n/m,
              'servers:\n  - url: ' + thisServer + '\n    description: This reference server (the one serving this page)\n'));
        }
      } catch (e) {
        console.warn('Could not add this server to the list of servers', e);
      }
    }
  });
};
