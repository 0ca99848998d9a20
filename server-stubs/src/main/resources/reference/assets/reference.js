// Renders the spec named by #reference's data-spec with Redoc's standalone bundle, from this
// server only: system fonts (Redoc's own theme names web fonts a page would have to fetch), no
// code samples but the spec's own request and response examples.
(function () {
  var element = document.getElementById('reference');
  // The server's root, whatever the page's path: /reference/, /docs/reference/, .../mirror/.
  var root = window.location.pathname.replace(/\/(docs\/)?reference\/.*$/, '');
  var sans = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  document.body.dataset.state = 'loading';
  Redoc.init(root + '/' + element.dataset.spec, {
    // The kit's extensions are visible where Redoc shows vendor extensions (fields, parameters).
    showExtensions: ['x-kit-extension'],
    requiredPropsFirst: true,
    pathInMiddlePanel: true,
    jsonSampleExpandLevel: 3,
    theme: {
      typography: {
        fontFamily: sans,
        headings: { fontFamily: sans },
        code: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }
      }
    }
  }, element, function (error) {
    // For people and for the browser test: whether the spec loaded and rendered.
    document.body.dataset.state = error ? 'error' : 'ready';
    if (error) {
      console.error('The reference could not render ' + element.dataset.spec, error);
    }
  });
})();
