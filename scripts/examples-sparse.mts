// Preloaded by run-examples.mjs for the examples' second pass: every emulator the example starts
// serves the least bodies the evidence allows (`responses: "sparse"`) and checks them against their
// schemas; a body its schema rejects fails the example.
import { setEmulatorDefaults, watchViolations } from "../src/testing/defaults";

setEmulatorDefaults({ responses: "sparse", validateResponses: true });
let violations = 0;
watchViolations((violation) => {
  violations++;
  console.error(`✗ emulator self-check: ${violation.operationId} ${violation.issues}`);
});
process.on("exit", () => {
  if (violations > 0) process.exitCode = 1;
});
