/** Identifier and timestamp helpers shared by every part of the emulator. */
import { randomBytes } from "node:crypto";

/** `n` random bytes as lowercase hex (2n characters). */
export function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

/** A token shaped like a real API key: `mlc_` plus 32 characters of `[a-z0-9]`. */
export function randomToken(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  // 252 is the largest multiple of 36 below 256, so rejecting larger bytes keeps the draw uniform.
  let out = "mlc_";
  while (out.length < 36) {
    for (const byte of randomBytes(48)) {
      if (byte < 252 && out.length < 36) out += alphabet[byte % 36];
    }
  }
  return out;
}

/** ISO-8601 timestamp of "now", the format the platform uses for `created`/`updated`. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Lower-cased lookup key: collection and task names are matched case-insensitively. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}
