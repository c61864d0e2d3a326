/**
 * A spinner line on stderr while something runs, only on a terminal (elsewhere it does nothing, so
 * piped and captured output stays clean).
 */
import type { Output } from "./output";

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export class Spinner {
  readonly #out: Output;
  readonly #started = Date.now();
  #text: string;
  #frame = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(out: Output, text: string) {
    this.#out = out;
    this.#text = text;
    if (!out.interactive) return;
    this.#timer = setInterval(() => this.#draw(), 100);
    this.#timer.unref();
    this.#draw();
  }

  /** Changes the text next to the spinner. */
  update(text: string): void {
    this.#text = text;
    this.#draw();
  }

  /** Removes the spinner line. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    this.#out.clearProgress();
  }

  #draw(): void {
    if (!this.#timer) return;
    const seconds = ((Date.now() - this.#started) / 1000).toFixed(1);
    this.#frame = (this.#frame + 1) % FRAMES.length;
    this.#out.progress(
      `${this.#out.styleErr("cyan", FRAMES[this.#frame] as string)} ${this.#text} (${seconds}s)`,
    );
  }
}
