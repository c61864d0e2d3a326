/**
 * What the SDK returns for calls whose answer it does not interpret: label, statuses, cancel,
 * deletes, routine pause and resume. The platform documents none of these bodies; a success may
 * come back empty, as a 204, as `{}`, as any JSON, or as plain text, and every one of them is a
 * success. Only the HTTP status decides whether the call failed (a 4xx/5xx still throws).
 *
 * @example
 * ```ts
 * const ack: Acknowledgement = await jetty.trajectories.addLabel("acme", "triage", id, label);
 * if (ack.ok) console.log("labelled; the server said", ack.body ?? "nothing");
 * ```
 */
export interface Acknowledgement {
  /** Always `true`: a failed call rejects instead. */
  readonly ok: true;
  /** The body as sent: `undefined` when empty (or 204), the parsed JSON, or the raw text. */
  readonly body: unknown;
}

/** Wraps an acknowledgement body (as the transport's `expect: "ack"` hands it back). */
export function acknowledgement(body: unknown): Acknowledgement {
  return { ok: true, body };
}
