// A Cloudflare Worker (module syntax) bundled with the workerd/worker/browser conditions, as wrangler
// does: it gets the portable build. Each request runs the smoke test against the emulator named in
// the bindings and answers with its JSON result. Runs without nodejs_compat: no Node APIs at all.
import * as sdk from "@jetty/sdk";
import { smoke } from "../smoke/checks.cjs";

export default {
  async fetch(_request, env) {
    try {
      const result = await smoke(sdk, env);
      let saveTo;
      try {
        await sdk.migrateLegacyToken();
      } catch (error) {
        saveTo = error;
      }
      if (
        !(saveTo instanceof sdk.ConfigError) ||
        !/migrateLegacyToken\(\).*Cloudflare Workers/.test(saveTo.message)
      ) {
        throw new Error(
          `a Node-only function should throw a ConfigError naming itself and the runtime, got ${saveTo}`,
        );
      }
      result.checks.push("node-only features refuse with ConfigError");
      return Response.json(result);
    } catch (error) {
      return Response.json({ ok: false, error: String(error?.stack ? error.stack : error) }, { status: 500 });
    }
  },
};
