import { afterEach, describe, expect, it, vi } from "vitest";
import { anySignal } from "../../src/core/signals";

describe("anySignal", () => {
  afterEach(() => vi.unstubAllGlobals());

  for (const native of [true, false]) {
    describe(native ? "with AbortSignal.any" : "without AbortSignal.any (Node < 20.3)", () => {
      const setup = () => {
        if (!native)
          vi.stubGlobal("AbortSignal", Object.assign(Object.create(AbortSignal), { any: undefined }));
      };
      it("passes a single signal through and gives undefined for none", () => {
        setup();
        const a = new AbortController();
        expect(anySignal(undefined, a.signal)).toBe(a.signal);
        expect(anySignal(undefined, undefined)).toBeUndefined();
      });
      it("aborts when any input aborts, with its reason", () => {
        setup();
        const a = new AbortController();
        const b = new AbortController();
        const combined = anySignal(a.signal, b.signal)!;
        expect(combined.aborted).toBe(false);
        b.abort("stop");
        expect(combined.aborted).toBe(true);
        expect(combined.reason).toBe("stop");
      });
      it("is aborted at once when an input already is", () => {
        setup();
        const a = new AbortController();
        a.abort("early");
        expect(anySignal(new AbortController().signal, a.signal)?.reason).toBe("early");
      });
    });
  }
});
