// Swagger UI from the vendored bundle, reading this server's /openapi.json. A file, not an inline
// script, so the page keeps the Content-Security-Policy "script-src 'self'". No validator badge:
// it would call an outside service.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null, deepLinking: true });
