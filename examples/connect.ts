/**
 * How the examples choose their target: the real API when JETTY_API_TOKEN is set (with the
 * collection named by JETTY_COLLECTION), otherwise a fresh emulator on 127.0.0.1.
 */
import { Jetty, JettyError } from "@jetty/sdk";
import { type EmulatorOptions, startEmulator } from "@jetty/sdk/testing";

export interface Connection {
  jetty: Jetty;
  collection: string;
  live: boolean;
  close(): Promise<void>;
}

export async function connect(seed: EmulatorOptions = {}): Promise<Connection> {
  if (process.env.JETTY_API_TOKEN?.trim()) {
    const collection = process.env.JETTY_COLLECTION?.trim();
    if (!collection) throw new JettyError("Set JETTY_COLLECTION to the collection your token belongs to.");
    return { jetty: new Jetty(), collection, live: true, close: async () => {} };
  }
  const emulator = await startEmulator({ collections: [{ name: "examples" }], ...seed });
  return {
    jetty: new Jetty({ baseURL: emulator.url, token: emulator.token }),
    collection: seed.collections?.[0]?.name ?? "examples",
    live: false,
    close: () => emulator.close(),
  };
}

/** Runs an example's body and turns a failure into a non-zero exit with the error's message. */
export async function main(body: () => Promise<void>, connection?: Connection): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  } finally {
    await connection?.close();
  }
}
