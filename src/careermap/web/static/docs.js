// Start Swagger UI on this server's own OpenAPI document. A static file, so the page's
// Content-Security-Policy needs no inline script. validatorUrl: null keeps it from calling
// the public validator: the docs make no request to any other host.
window.addEventListener("DOMContentLoaded", function () {
  window.ui = window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
