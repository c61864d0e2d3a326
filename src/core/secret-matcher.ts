/**
 * Finds secrets in text. Three tiers, by the secret's length:
 *
 * - 8 characters or more: any run of 8 or more consecutive characters of it, in any letter case, in
 *   the secret itself or in one of its encodings (JSON-escaped, percent-encoded, HTML-escaped, and
 *   base64 at every byte alignment, so `base64(token)`, `base64("Bearer " + token)` and
 *   `base64("user:" + token)` are all found).
 * - 4 to 7 characters: exact copies (and exact escaped copies) that are not part of a longer word.
 * - 1 to 3 characters: only a text that is exactly the secret (a whole string value).
 *
 * Matching works on the text as given, never on a serialisation of it, so a secret's characters
 * (`"`, `\`, newlines) cannot hide it and a replacement can never break the structure around it.
 */

/** Characters of a run that gives a secret away, and the length from which secrets get run matching. */
export const RUN_LENGTH = 8;
/** Secrets shorter than this are only scrubbed as whole values. */
export const WORD_LENGTH = 4;
/** What a secret is replaced by (a Jetty token gets its documented `mlc_...abcd` form instead). */
export const REDACTED = "[redacted]";

// Every run start of every form is indexed until the forms total this many characters; past that
// (hundreds of long environment values) only every n-th start is, with n chosen to stay within it.
// Matches are extended character by character, so a run is still removed whole, but it has to be
// RUN_LENGTH + n - 1 characters long to contain an indexed start.
const INDEXED_GRAMS = 256 * 1024;

/** One indexed run start: the (folded) form it was taken from and where in it. */
interface Gram {
  form: string;
  offset: number;
}

// Windows are found by a rolling hash (no string built per position), then checked character by
// character, so a hash collision can never produce a false match.
const BASE = 31;
const BASE_POW = /* @__PURE__ */ (() => {
  let power = 1;
  for (let i = 1; i < RUN_LENGTH; i++) power = Math.imul(power, BASE);
  return power;
})();

// Keys stay small integers, which a Map looks up without allocating.
const KEY_MASK = 0x3fffffff;

function windowHash(text: string, start: number): number {
  let hash = 0;
  for (let i = start; i < start + RUN_LENGTH; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

/** A compiled set of secrets; build once per error, reuse for every string in it. */
export class SecretMatcher {
  readonly #grams = new Map<number, Gram[]>();
  readonly #words: string[] = [];
  readonly #wholes = new Set<string>();
  readonly #tokens = new Map<string, string>();

  constructor(secrets: ReadonlyArray<string>, tokenReplacement: (secret: string) => string) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (typeof secret !== "string" || secret === "") continue;
      if (secret.startsWith("mlc_")) this.#tokens.set(secret, tokenReplacement(secret));
      this.#wholes.add(secret);
      if (secret.length < WORD_LENGTH) continue;
      if (secret.length < RUN_LENGTH) {
        for (const form of textForms(secret)) if (!this.#words.includes(form)) this.#words.push(form);
        continue;
      }
      for (const form of [...textForms(secret), ...base64Forms(secret)]) forms.add(fold(form));
    }
    let total = 0;
    for (const form of forms) total += form.length;
    const step = Math.max(1, Math.ceil(total / INDEXED_GRAMS));
    for (const form of forms) this.#addGrams(form, step);
  }

  /** True when no secret can match anything. */
  get empty(): boolean {
    return this.#wholes.size === 0;
  }

  /** `text` with every match replaced. */
  scrub(text: string): string {
    if (text === "" || this.empty) return text;
    if (this.#wholes.has(text)) return this.#tokens.get(text) ?? REDACTED;
    const spans: Array<[number, number]> = [];
    if (this.#grams.size > 0 && text.length >= RUN_LENGTH) this.#findRuns(text, spans);
    for (const word of this.#words) findWords(text, word, spans);
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let out = "";
    let at = 0;
    let i = 0;
    while (i < spans.length) {
      const start = spans[i]![0];
      let end = spans[i]![1];
      for (i++; i < spans.length && spans[i]![0] <= end; i++) end = Math.max(end, spans[i]![1]);
      const found = text.slice(start, end);
      out += text.slice(at, start) + (this.#tokens.get(found) ?? REDACTED);
      at = end;
    }
    return out + text.slice(at);
  }

  #addGrams(form: string, step: number): void {
    if (form.length < RUN_LENGTH) return;
    const last = form.length - RUN_LENGTH;
    for (let offset = 0; offset <= last; offset += step) this.#addGram(form, offset);
    // The last run start is always kept, so a run at the very end of a long secret is found too.
    if (last % step !== 0) this.#addGram(form, last);
  }

  #addGram(form: string, offset: number): void {
    const key = windowHash(form, offset) & KEY_MASK;
    const bucket = this.#grams.get(key);
    if (!bucket) this.#grams.set(key, [{ form, offset }]);
    else if (!bucket.some((g) => sameWindow(g.form, g.offset, form, offset))) bucket.push({ form, offset });
  }

  #findRuns(text: string, spans: Array<[number, number]>): void {
    const folded = fold(text);
    let i = 0;
    let hash = windowHash(folded, 0);
    while (i + RUN_LENGTH <= folded.length) {
      let next = i + 1;
      const gram = this.#grams.get(hash & KEY_MASK)?.find((g) => sameWindow(g.form, g.offset, folded, i));
      if (gram) {
        // Extend the run both ways along the secret it came from.
        let start = i;
        let offset = gram.offset;
        while (start > 0 && offset > 0 && folded[start - 1] === gram.form[offset - 1]) {
          start--;
          offset--;
        }
        let end = i + RUN_LENGTH;
        let formEnd = gram.offset + RUN_LENGTH;
        while (end < folded.length && formEnd < gram.form.length && folded[end] === gram.form[formEnd]) {
          end++;
          formEnd++;
        }
        spans.push([start, end]);
        // Every start inside this run is covered; the next run that can add anything begins after it.
        next = Math.max(next, end - RUN_LENGTH + 1);
      }
      if (next + RUN_LENGTH > folded.length) break;
      if (next === i + 1) {
        const out = Math.imul(folded.charCodeAt(i), BASE_POW);
        hash = (Math.imul((hash - out) | 0, BASE) + folded.charCodeAt(i + RUN_LENGTH)) | 0;
      } else hash = windowHash(folded, next);
      i = next;
    }
  }
}

function sameWindow(a: string, aStart: number, b: string, bStart: number): boolean {
  for (let k = 0; k < RUN_LENGTH; k++)
    if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}

/** Exact, case-sensitive copies of `word` that do not sit inside a longer run of letters or digits. */
function findWords(text: string, word: string, spans: Array<[number, number]>): void {
  const guardStart = isWordChar(word.charCodeAt(0));
  const guardEnd = isWordChar(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (guardStart && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    if (guardEnd && end < text.length && isWordChar(text.charCodeAt(end))) continue;
    spans.push([at, end]);
  }
}

function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The ways a secret is written into text by servers: as is, and escaped for JSON, URLs and HTML. */
function textForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([
    secret,
    json,
    // Python's json.dumps escapes every non-ASCII character by default.
    json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
    percentEncoded(secret),
    secret.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c),
  ]);
  return [...forms];
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function percentEncoded(secret: string): string {
  try {
    return encodeURIComponent(secret);
  } catch {
    // A lone surrogate cannot be encoded; such a secret is only found as is.
    return secret;
  }
}

/**
 * The stable middle of the secret's base64 at each of the three byte alignments, in both alphabets:
 * whatever precedes it (`Bearer `, `user:`) only changes the characters at the edges.
 */
function base64Forms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const forms: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const encoded = base64(bytes, pad);
    // Characters that mix in bytes before (the first after padding) or after the secret are dropped.
    const first = pad === 0 ? 0 : Math.ceil((pad * 8) / 6);
    const last = Math.floor(((pad + bytes.length) * 8) / 6);
    const middle = encoded.slice(first, last);
    forms.push(middle, middle.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}

/** Base64 of `pad` zero bytes followed by `bytes`, with Web APIs only (no Buffer), so any runtime has it. */
function base64(bytes: Uint8Array, pad: number): string {
  let binary = "\u0000".repeat(pad);
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Lower case, one UTF-16 unit at a time, so indexes in the folded text are indexes in the text. */
export function fold(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point.
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const lower = unit.toLowerCase();
    out += lower.length === 1 ? lower : unit;
  }
  return out;
}
