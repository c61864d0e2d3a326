/** Reading newline-delimited JSON (what `Stream.toReadableStream` writes), one line at a time, bounded. */
import { APIConnectionError, APIUserAbortError, JettyError, ResponseValidationError } from "./errors";
import { causeOf, jsonErrorWhere, messageOf, StreamEventTooLargeError } from "./stream-errors";
import { STREAM_DEFAULTS } from "./stream-limits";

const noop = () => {};

/** Yields each non-blank line parsed as JSON; a line longer than `maxLineSize` characters is an error. */
export async function* readNDJSON<Item>(
  readable: ReadableStream<Uint8Array>,
  controller: AbortController,
  maxLineSize: number = STREAM_DEFAULTS.maxEventSize,
): AsyncGenerator<Item> {
  const reader = readable.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let finished = false;
  try {
    for (;;) {
      if (controller.signal.aborted) throw new APIUserAbortError("The stream was aborted.");
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (controller.signal.aborted)
          throw new APIUserAbortError("The stream was aborted.", { cause: error });
        // An SDK error carried through toReadableStream() (a StreamError, say) keeps its type.
        if (error instanceof JettyError) throw error;
        throw new APIConnectionError(`The stream was interrupted: ${messageOf(error)}`, {
          cause: causeOf(error),
        });
      }
      buffer += result.done ? decoder.decode() : decoder.decode(result.value, { stream: true });
      let start = 0;
      let newline = buffer.indexOf("\n");
      while (newline !== -1) {
        const line = buffer.slice(start, newline).trim();
        start = newline + 1;
        if (line) yield parseLine<Item>(line);
        newline = buffer.indexOf("\n", start);
      }
      buffer = buffer.slice(start);
      if (buffer.length > maxLineSize) throw new StreamEventTooLargeError(maxLineSize);
      if (result.done) {
        if (buffer.trim()) yield parseLine<Item>(buffer);
        finished = true;
        return;
      }
    }
  } finally {
    if (!finished) {
      reader.cancel().catch(noop);
      if (!controller.signal.aborted) controller.abort();
    }
  }
}

function parseLine<Item>(line: string): Item {
  try {
    return JSON.parse(line) as Item;
  } catch (error) {
    throw new ResponseValidationError({
      issues: [{ path: "$", message: `invalid JSON in a newline-delimited stream${jsonErrorWhere(error)}` }],
      body: line.length > 2000 ? `${line.slice(0, 2000)}…` : line,
    });
  }
}
