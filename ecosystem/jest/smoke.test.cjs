// Jest's own CommonJS module runtime (not Node's require): it cannot load ESM-only dependencies, so
// this fails if the CJS build still requires ky.
const sdk = require("@jetty/sdk");
const { smoke } = require("../smoke/checks.cjs");

test("the SDK works under Jest's CommonJS runtime", async () => {
  const result = await smoke(sdk, process.env);
  expect(result.ok).toBe(true);
  console.log(JSON.stringify(result));
}, 60000);
