// CommonJS consumer: `require()` of the package (the `node` + `require` export conditions). On Node
// 20.0-20.18 and 22.0-22.11 this fails if the CJS build requires an ESM-only dependency.
const sdk = require("@jetty/sdk");
const { main } = require("../smoke/checks.cjs");

main(sdk, process.env);
