/** Routes that need no token: health and the step-template catalogue. */
import { STEP_TEMPLATES, templateFor } from "../engine/catalog";
import { HttpError } from "../http/respond";
import type { Router } from "../http/router";

/** `/api/v1/health` and `/api/v1/step-templates[/{name}]`, all without a token. */
export function catalogRoutes(router: Router): void {
  router.add("GET", "/api/v1/health", () => ({ status: "healthy" }), "none");

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
