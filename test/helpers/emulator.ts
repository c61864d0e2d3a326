import { Jetty } from "@jetty/sdk";
import { type Emulator, type EmulatorOptions, startEmulator } from "@jetty/sdk/testing";

/**
 * The one-step workflow most tests launch: `text_echo` of `init_params.text`.
 */
export const ECHO_WORKFLOW = {
  init_params: { text: "hi" },
  step_configs: { echo: { activity: "text_echo", text_path: "init_params.text" } },
  steps: ["echo"],
};

/**
 * An emulator and a quiet client pointed at it, the way most end-to-end tests begin:
 * `beforeAll(async () => ({ emulator, jetty } = await emulatorWithClient({ … })));`
 */
export async function emulatorWithClient(
  options?: EmulatorOptions,
): Promise<{ emulator: Emulator; jetty: Jetty }> {
  const emulator = await startEmulator(options);
  return { emulator, jetty: new Jetty({ baseURL: emulator.url, token: emulator.token, logLevel: "off" }) };
}
