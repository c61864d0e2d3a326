import { InvalidInputError } from "@jetty/sdk";
import { describe, expect, it } from "vitest";
import { formatTrialNotice } from "../../src/helpers/trial-notice";
import { Urls } from "../../src/helpers/urls";
import { parseWorkflowId, workflowIdOf } from "../../src/helpers/workflow-id";

describe("parseWorkflowId", () => {
  it("splits at the last `--`, whatever dashes the names hold", () => {
    expect(parseWorkflowId("jon-runbooks-diagnosis-and-framing--1646887f")).toEqual({
      workflowId: "jon-runbooks-diagnosis-and-framing--1646887f",
      prefix: "jon-runbooks-diagnosis-and-framing",
      trajectoryId: "1646887f",
    });
    expect(parseWorkflowId("my--org-eval--grade--aa7e4430").trajectoryId).toBe("aa7e4430");
    expect(parseWorkflowId("my--org-eval--grade--aa7e4430").prefix).toBe("my--org-eval--grade");
    // A task ending in "-" yields three dashes; the id is still what follows the last pair.
    expect(parseWorkflowId("c-t---ab12")).toMatchObject({
      prefix: "c-t-",
      trajectoryId: "ab12",
    });
    expect(parseWorkflowId("sess-1--turn-3").trajectoryId).toBe("turn-3");
  });

  it("refuses ids without a separator or without a trajectory id", () => {
    for (const bad of ["acme-echo-aa7e4430", "", "   ", "acme-echo--"]) {
      expect(() => parseWorkflowId(bad)).toThrow(InvalidInputError);
    }
    expect(() => parseWorkflowId(42 as unknown as string)).toThrow(InvalidInputError);
    try {
      parseWorkflowId("nope");
    } catch (error) {
      expect((error as InvalidInputError).param).toBe("workflowId");
    }
  });

  it("workflowIdOf follows the server's rule (slash → dash)", () => {
    expect(workflowIdOf("acme", "triage", "aa7e4430")).toBe("acme-triage--aa7e4430");
    expect(parseWorkflowId(workflowIdOf("a-b", "c--d", "ff00")).trajectoryId).toBe("ff00");
  });
});

describe("Urls", () => {
  const urls = new Urls("https://flows.jetty.io");
  it("builds exactly the documented patterns", () => {
    expect(urls.collection("acme")).toBe("https://flows.jetty.io/acme");
    expect(urls.task("acme", "triage")).toBe("https://flows.jetty.io/acme/triage");
    expect(urls.trajectory("acme", "triage", "aa7e4430")).toBe("https://flows.jetty.io/acme/triage/aa7e4430");
  });

  it("encodes each segment and drops a trailing slash of the base", () => {
    const other = new Urls("https://jetty.io/");
    expect(other.trajectory("my org", "a/b", "x?y#z")).toBe("https://jetty.io/my%20org/a%2Fb/x%3Fy%23z");
    expect(other.frontendURL).toBe("https://jetty.io");
  });

  it("refuses empty names", () => {
    expect(() => urls.collection("")).toThrow(InvalidInputError);
    expect(() => urls.task("acme", " ")).toThrow(InvalidInputError);
    expect(() => urls.trajectory("acme", "t", undefined as unknown as string)).toThrow(InvalidInputError);
  });
});

describe("formatTrialNotice", () => {
  it("prints the specification's line with minutes", () => {
    expect(
      formatTrialNotice({ runs_used: 3, runs_limit: 10, runs_remaining: 7, minutes_remaining: 42 }),
    ).toBe("Trial run 3/10 -- 42 minutes remaining");
  });

  it("leaves the minutes out when absent or null", () => {
    expect(formatTrialNotice({ runs_used: 3, runs_limit: 10, runs_remaining: 7 })).toBe("Trial run 3/10");
    expect(
      formatTrialNotice({ runs_used: 3, runs_limit: 10, runs_remaining: 7, minutes_remaining: null }),
    ).toBe("Trial run 3/10");
  });

  it("adds the warning line at 2 or fewer runs remaining", () => {
    expect(formatTrialNotice({ runs_used: 8, runs_limit: 10, runs_remaining: 2, minutes_remaining: 5 })).toBe(
      "Trial run 8/10 -- 5 minutes remaining\n" +
        "Warning: 2 trial runs left. Run /jetty-setup to add your own API keys.",
    );
    expect(formatTrialNotice({ runs_used: 10, runs_limit: 10, runs_remaining: 0 })).toBe(
      "Trial run 10/10\nWarning: 0 trial runs left. Run /jetty-setup to add your own API keys.",
    );
    expect(formatTrialNotice({ runs_used: 7, runs_limit: 10, runs_remaining: 3 })).not.toContain("Warning");
  });

  it("shows missing counters as ? and returns undefined without a trial", () => {
    expect(formatTrialNotice({ runs_remaining: 1 })).toBe(
      "Trial run ?/?\nWarning: 1 trial runs left. Run /jetty-setup to add your own API keys.",
    );
    expect(formatTrialNotice({})).toBe("Trial run ?/?");
    expect(formatTrialNotice(undefined)).toBeUndefined();
    expect(formatTrialNotice(null)).toBeUndefined();
  });
});
