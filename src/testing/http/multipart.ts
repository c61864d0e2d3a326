/**
 * A streaming multipart/form-data parser. Uploads can be hundreds of MiB, so file bodies are kept as the
 * chunks they arrived in (or only counted, beyond `maxStoredBytes`) and never joined, base64-encoded or
 * read into one string. Only the delimiter's length of bytes is held back between chunks.
 */

import { loggable } from "../store";
import type { RequestContext } from "./context";
import { HttpError } from "./respond";
import { unprocessable } from "./validation";

/** One uploaded file part. */
export interface UploadedFile {
  /** The form field name, e.g. `files`. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string | undefined;
  readonly size: number;
  /** The bytes as received, or `null` when the file was larger than the emulator keeps. */
  readonly chunks: Buffer[] | null;
}

/** Every part of a multipart body: text fields (repeatable) and files. */
export interface MultipartBody {
  readonly fields: Map<string, string[]>;
  readonly files: UploadedFile[];
}

const MAX_FIELD_BYTES = 16 * 1024 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** Whether the request says it carries multipart form data. */
export function isMultipart(ctx: RequestContext): boolean {
  return /^multipart\/form-data/i.test(ctx.req.headers["content-type"] ?? "");
}

/**
 * Reads a multipart body. File bytes beyond `maxStoredBytes` per file are dropped as they arrive (only the
 * size is kept). Fields named in `redact` are logged as `[REDACTED]`; files are logged by name and size.
 */
export async function readMultipart(
  ctx: RequestContext,
  options: { maxStoredBytes: number; redact?: readonly string[] },
): Promise<MultipartBody> {
  const boundary = boundaryOf(ctx.req.headers["content-type"] ?? "");
  if (!boundary) unprocessable([{ loc: ["body"], msg: "Missing multipart boundary", type: "value_error" }]);
  const parser = new MultipartParser(boundary, options.maxStoredBytes);
  for await (const chunk of ctx.req) parser.write(chunk as Buffer);
  const body = parser.end();
  const logged: Record<string, unknown> = {};
  for (const [name, values] of body.fields) {
    const shown = options.redact?.includes(name)
      ? values.map(() => "[REDACTED]")
      : values.map((value) => loggable(value, Buffer.byteLength(value)));
    logged[name] = shown.length === 1 ? shown[0] : shown;
  }
  if (body.files.length > 0) {
    logged.files = body.files.map((f) => ({ field: f.field, filename: f.filename, size: f.size }));
  }
  ctx.log.body = logged;
  return body;
}

/** Reads `application/x-www-form-urlencoded` (no files) into the same shape. */
export function formFromUrlEncoded(text: string): MultipartBody {
  const fields = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(text)) fields.set(k, [...(fields.get(k) ?? []), v]);
  return { fields, files: [] };
}

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

type State = "body" | "after-delimiter" | "headers" | "done";

interface OpenPart {
  field: string;
  filename: string | undefined;
  contentType: string | undefined;
  size: number;
  chunks: Buffer[] | null;
}

class MultipartParser {
  private readonly delimiter: Buffer;
  // A virtual CRLF before the first boundary lets one delimiter pattern (`\r\n--b`) find every boundary;
  // "body" state with no open part skips the preamble.
  private buf: Buffer = Buffer.from("\r\n");
  private state: State = "body";
  private part: OpenPart | undefined;
  private readonly fields = new Map<string, string[]>();
  private readonly files: UploadedFile[] = [];

  constructor(
    boundary: string,
    private readonly maxStoredBytes: number,
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  write(chunk: Buffer): void {
    if (this.state === "done") return;
    this.buf = this.buf.length > 0 ? Buffer.concat([this.buf, chunk]) : chunk;
    while (this.step()) {}
  }

  end(): MultipartBody {
    if (this.state !== "done")
      unprocessable([{ loc: ["body"], msg: "Malformed multipart body", type: "value_error" }]);
    return { fields: this.fields, files: this.files };
  }

  /** Consumes what it can from `buf`; returns whether another step may make progress. */
  private step(): boolean {
    switch (this.state) {
      case "body": {
        const at = this.buf.indexOf(this.delimiter);
        if (at === -1) {
          // Keep a possible partial delimiter at the end for the next chunk.
          const safe = this.buf.length - this.delimiter.length + 1;
          if (safe > 0) {
            this.emit(this.buf.subarray(0, safe));
            this.buf = this.buf.subarray(safe);
          }
          return false;
        }
        this.emit(this.buf.subarray(0, at));
        this.finishPart();
        this.buf = this.buf.subarray(at + this.delimiter.length);
        this.state = "after-delimiter";
        return true;
      }
      case "after-delimiter": {
        if (this.buf.length < 2) return false;
        if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) {
          this.state = "done";
          this.buf = Buffer.alloc(0);
          return false;
        }
        const eol = this.buf.indexOf(CRLF);
        if (eol === -1) {
          // Only "--" or a line end may follow a delimiter; an endless line would be held in full.
          if (this.buf.length > MAX_HEADER_BYTES)
            unprocessable([{ loc: ["body"], msg: "Malformed multipart body", type: "value_error" }]);
          return false;
        }
        this.buf = this.buf.subarray(eol + 2);
        this.state = "headers";
        return true;
      }
      case "headers": {
        let end: number;
        let skip: number;
        if (this.buf.length >= 2 && this.buf[0] === 0x0d && this.buf[1] === 0x0a) {
          end = 0;
          skip = 2;
        } else {
          end = this.buf.indexOf(HEADER_END);
          skip = 4;
          if (end === -1) {
            if (this.buf.length > MAX_HEADER_BYTES)
              throw new HttpError(431, "Multipart part headers too large");
            return false;
          }
        }
        this.part = openPart(this.buf.subarray(0, end).toString("utf8"), this.maxStoredBytes > 0);
        this.buf = this.buf.subarray(end + skip);
        this.state = "body";
        return true;
      }
      default:
        return false;
    }
  }

  private emit(data: Buffer): void {
    const part = this.part;
    if (!part || data.length === 0) return;
    part.size += data.length;
    if (part.filename === undefined && part.size > MAX_FIELD_BYTES) {
      unprocessable([{ loc: ["body", part.field], msg: "Form field too large", type: "value_error" }]);
    }
    if (part.filename !== undefined && part.size > this.maxStoredBytes) part.chunks = null;
    part.chunks?.push(data);
  }

  private finishPart(): void {
    const part = this.part;
    this.part = undefined;
    if (!part) return;
    if (part.filename === undefined) {
      const value = Buffer.concat(part.chunks ?? []).toString("utf8");
      this.fields.set(part.field, [...(this.fields.get(part.field) ?? []), value]);
      return;
    }
    // Browsers send an empty, nameless part when no file was picked.
    if (part.filename === "" && part.size === 0) return;
    this.files.push({
      field: part.field,
      filename: part.filename,
      contentType: part.contentType,
      size: part.size,
      chunks: part.chunks,
    });
  }
}

function openPart(headerText: string, keepFileData: boolean): OpenPart {
  let disposition = "";
  let contentType: string | undefined;
  for (const line of headerText.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === "content-disposition") disposition = value;
    else if (name === "content-type") contentType = value;
  }
  const params = dispositionParams(disposition);
  const filename = params["filename*"] !== undefined ? decodeExtended(params["filename*"]) : params.filename;
  const isFile = filename !== undefined;
  return {
    field: params.name ?? "",
    filename,
    contentType,
    size: 0,
    // Fields are always kept (they are small); file bytes only when asked to.
    chunks: !isFile || keepFileData ? [] : null,
  };
}

function dispositionParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const key = m[1]!.toLowerCase();
    out[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "").trim();
  }
  return out;
}

function decodeExtended(value: string): string {
  const m = /^[^']*'[^']*'(.*)$/.exec(value);
  try {
    return decodeURIComponent(m ? m[1]! : value);
  } catch {
    return value;
  }
}
