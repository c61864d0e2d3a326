/** Option shapes several commands share. */
import { Option } from "commander";

/** How `--trial` decides on trial keys. */
export type TrialMode = "auto" | "on" | "off";

/** The argument parser of a repeatable option: every occurrence, in order. */
export function repeatable(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--trial auto|on|off`, default `auto`; `auto` is described per command. */
export function trialOption(auto: string): Option {
  return new Option("--trial <mode>", `trial keys: auto ${auto}; on or off forces`)
    .choices(["auto", "on", "off"])
    .default("auto");
}
