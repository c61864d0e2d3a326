import { requireName } from "../core/input";

/**
 * `jetty.urls`: links into the Jetty web app, built exactly as the documented patterns
 * `{frontendURL}/{collection}`, `{frontendURL}/{collection}/{task}` and
 * `{frontendURL}/{collection}/{task}/{trajectory_id}`, each segment percent-encoded. Nothing is
 * fetched; the links are for people.
 *
 * @example
 * ```ts
 * import { Jetty } from "@jetty/sdk";
 * const jetty = new Jetty({ frontendURL: "https://jetty.io" });
 * console.log(jetty.urls.trajectory("acme", "triage", "aa7e4430"));
 * // https://jetty.io/acme/triage/aa7e4430
 * ```
 */
export class Urls {
  /** The web app origin (and base path, if any), without a trailing slash. */
  readonly frontendURL: string;

  /**
   * @param frontendURL the web app's base, e.g. `https://flows.jetty.io` (a trailing `/` is dropped).
   *
   * @example
   * ```ts
   * const urls = new Urls("https://flows.jetty.io/");
   * urls.collection("acme"); // "https://flows.jetty.io/acme"
   * ```
   */
  constructor(frontendURL: string) {
    this.frontendURL = requireName("frontendURL", frontendURL).replace(/\/+$/, "");
  }

  /**
   * The collection overview page.
   *
   * @example
   * ```ts
   * jetty.urls.collection("acme"); // "https://flows.jetty.io/acme"
   * ```
   */
  collection(collection: string): string {
    return this.#join(requireName("collection", collection));
  }

  /**
   * The task page, listing all its trajectories.
   *
   * @example
   * ```ts
   * jetty.urls.task("acme", "triage"); // "https://flows.jetty.io/acme/triage"
   * ```
   */
  task(collection: string, task: string): string {
    return this.#join(requireName("collection", collection), requireName("task", task));
  }

  /**
   * One trajectory's page.
   *
   * @example
   * ```ts
   * const handle = await jetty.runs.create("acme", "triage", { initParams: {} });
   * console.log(jetty.urls.trajectory("acme", "triage", handle.trajectoryId));
   * ```
   */
  trajectory(collection: string, task: string, trajectoryId: string): string {
    return this.#join(
      requireName("collection", collection),
      requireName("task", task),
      requireName("trajectoryId", trajectoryId),
    );
  }

  #join(...segments: string[]): string {
    return [this.frontendURL, ...segments.map((s) => encodeURIComponent(s))].join("/");
  }
}
