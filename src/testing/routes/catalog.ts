/** Routes that need no token: health, the OpenAPI description and the step-template catalogue. */
import { OPENAPI_JSON } from "../../generated/openapi-json";
import { STEP_TEMPLATES, templateFor } from "../engine/catalog";
import { HttpError, sendBuffer } from "../http/respond";
import type { Router } from "../http/router";

/** `/api/v1/health`, `/openapi.json` and `/api/v1/step-templates[/{name}]`, all without a token. */
export function catalogRoutes(router: Router): void {
  router.add("GET", "/api/v1/health", () => ({ status: "healthy" }), "none");

  // The newer skill calls the gateway's OpenAPI document the authority; here it is api-schema.yaml.
  router.add(
    "GET",
    "/openapi.json",
    (ctx) => {
      sendBuffer(ctx, 200, { "content-type": "application/json" }, Buffer.from(OPENAPI_JSON));
      return undefined;
    },
    "none",
  );

  router.add(
    "GET",
    "/api/v1/step-templates",
    () => ({
      templates: structuredClone(STEP_TEMPLATES),
      categories: [...new Set(STEP_TEMPLATES.map((t) => t.category))],
      total_count: STEP_TEMPLATES.length,
    }),
    "none",
  );

  router.add(
    "GET",
    "/api/v1/step-templates/:name",
    (ctx) => {
      const template = templateFor(ctx.params.name!);
      if (!template) throw new HttpError(404, `Step template '${ctx.params.name}' not found`);
      return structuredClone(template);
    },
    "none",
  );
}
