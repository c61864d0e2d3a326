/**
 * One signal that aborts when any of the given ones does (undefined entries are skipped).
 * `AbortSignal.any` arrived in Node 20.3; the manual path keeps Node 20.0–20.2 working.
 */
export function anySignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  // The common case on every request: no caller signal, only the SDK's own.
  if (signals.length === 2 && signals[0] === undefined) return signals[1];
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length <= 1) return present[0];
  if (typeof AbortSignal.any === "function") return AbortSignal.any(present);
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) {
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener("abort", () => controller.abort(signal.reason), {
      once: true,
      signal: controller.signal,
    });
  }
  return controller.signal;
}
