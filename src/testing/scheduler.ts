/**
 * Every timer the emulator creates goes through here, so `close()` can cancel all of them at once and
 * leave no open handles behind. After `close()`, new sleeps never resolve: whatever was waiting on them
 * (a running workflow, a streaming response) simply stops, without an unhandled rejection.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly immediates = new Set<NodeJS.Immediate>();
  private closed = false;

  /** Resolves after `ms` milliseconds; `0` waits for the next turn of the event loop (after I/O). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return;
      if (ms <= 0) {
        const handle = setImmediate(() => {
          this.immediates.delete(handle);
          resolve();
        });
        this.immediates.add(handle);
        return;
      }
      const handle = setTimeout(() => {
        this.timers.delete(handle);
        resolve();
      }, ms);
      this.timers.add(handle);
    });
  }

  /** Whether `close()` has been called. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Cancels every pending timer; later sleeps never resolve. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const i of this.immediates) clearImmediate(i);
    this.timers.clear();
    this.immediates.clear();
  }
}
