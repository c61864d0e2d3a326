// ESM consumer: `import` of the package (the `node` + `import` export conditions).
import * as sdk from "@jetty/sdk";
import checks from "../smoke/checks.cjs";

await checks.main(sdk, process.env);
