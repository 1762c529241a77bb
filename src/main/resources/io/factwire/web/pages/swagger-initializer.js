// The webjar's initializer, edited: this server's own contract, no remote validator badge (it would send the
// spec to another host), and no top bar for loading other specs.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    displayRequestDuration: true
  });
});
