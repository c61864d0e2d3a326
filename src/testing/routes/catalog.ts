/** Routes that need no token: health and the step-template catalogue. */
import { STEP_TEMPLATES, templateFor } from "../engine/catalog";
import { HttpError } from "../http/respond";
import type { Router } from "../http/router";

/** `/api/v1/health` and `/api/v1/step-templates[/{name}]`, all without a token. */
export function catalogRoutes(router: Router): void {
  router.on("getHealth", () => ({ status: "healthy" }));

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
