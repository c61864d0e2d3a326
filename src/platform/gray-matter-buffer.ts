/**
 * Injected into the portable build for gray-matter, which keeps a `Buffer.from(input)` copy of what it
 * parses (`file.orig`; the SDK never reads it). Runtimes without Node's Buffer get a byte array
 * there instead. Nothing else in the SDK uses Buffer. Internal module.
 */
const encoder = new TextEncoder();

export const Buffer =
  (globalThis as { Buffer?: unknown }).Buffer ??
  ({ from: (text: string) => encoder.encode(text), isBuffer: () => false } as const);
