/** Routes that need no token: health, the OpenAPI description and the step-template catalogue. */
import { OPENAPI_JSON } from "../../generated/openapi-json";
import { STEP_TEMPLATES, templateFor } from "../engine/catalog";
import { HttpError, sendBuffer } from "../http/respond";
import type { Router } from "../http/router";

/** `/api/v1/health`, `/openapi.json` and `/api/v1/step-templates[/{name}]`, all without a token. */
export function catalogRoutes(router: Router): void {
  router.on("getHealth", () => ({ status: "healthy" }));

  // The newer skill calls the gateway's OpenAPI document the authority; here it is api-schema.yaml.
  router.unlisted(
    "GET",
    "/openapi.json",
    (ctx) => {
      sendBuffer(ctx, 200, { "content-type": "application/json" }, Buffer.from(OPENAPI_JSON));
      return undefined;
    },
    { auth: "none", why: "meta route of the gateway, outside the API it describes" },
  );

  router.on("listStepTemplates", () => ({
    templates: structuredClone(STEP_TEMPLATES),
    categories: [...new Set(STEP_TEMPLATES.map((t) => t.category))],
    total_count: STEP_TEMPLATES.length,
  }));

  router.on("getStepTemplate", (ctx) => {
    const name = ctx.params.activity_name;
    const template = templateFor(name);
    if (!template) throw new HttpError(404, `Step template '${name}' not found`);
    return structuredClone(template);
  });
}
