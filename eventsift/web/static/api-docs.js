// The interactive API reference at /api/docs, from the app's own OpenAPI description.
"use strict";
window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
