/**
 * A plugin's stdout and stderr as lines: bounded in length and in rate so a
 * plugin that floods its output cannot exhaust the host's memory or log, with
 * the last lines kept for error messages.
 *
 * @module
 */

/** Longest line forwarded; the rest of a longer line is dropped and counted. */
export const MAX_LINE_BYTES = 16 * 1024;
/** Lines kept for the tail shown in start-up and crash errors. */
export const TAIL_LINES = 20;

/**
 * Splits a byte stream into lines of at most `maxBytes` bytes each, without
 * ever holding more than one line in memory.
 */
export async function* readLines(
  stream: ReadableStream<Uint8Array>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let parts: Uint8Array[] = [];
  let size = 0;
  let dropped = 0;
  const flush = (): string => {
    const joined = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    let line = decoder.decode(joined).replace(/\r$/, "");
    if (dropped > 0) line += ` [${dropped} more bytes of this line dropped]`;
    parts = [];
    size = 0;
    dropped = 0;
    return line;
  };
  for await (let chunk of stream) {
    while (chunk.length > 0) {
      const newline = chunk.indexOf(10);
      const piece = newline === -1 ? chunk : chunk.subarray(0, newline);
      const room = maxBytes - size;
      if (piece.length <= room) {
        parts.push(piece.slice());
        size += piece.length;
      } else {
        parts.push(piece.slice(0, room));
        size += room;
        dropped += piece.length - room;
      }
      if (newline === -1) break;
      yield flush();
      chunk = chunk.subarray(newline + 1);
    }
  }
  if (size > 0 || dropped > 0) yield flush();
}

/** Remembers the last `limit` lines. */
export class Tail {
  #lines: string[] = [];
  constructor(readonly limit = TAIL_LINES) {}

  push(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > this.limit) this.#lines.shift();
  }

  toString(): string {
    return this.#lines.join("\n");
  }
}

/**
 * Lets through at most `perSecond` lines a second. The caller hears when
 * dropping starts and, once the flood is over, how many lines went missing,
 * so the log always says that lines were dropped.
 */
export class RateLimit {
  #windowStart = 0;
  #count = 0;
  #dropped = 0;
  constructor(readonly perSecond: number) {}

  /**
   * "forward", "drop", or "start-dropping" for the first line dropped in a
   * flood; `onResume` hears how many were dropped before this line.
   */
  admit(now: number, onResume: (dropped: number) => void): "forward" | "drop" | "start-dropping" {
    if (now - this.#windowStart >= 1000) {
      this.#windowStart = now;
      this.#count = 0;
      if (this.#dropped > 0) {
        onResume(this.#dropped);
        this.#dropped = 0;
      }
    }
    if (this.#count >= this.perSecond) return this.#dropped++ === 0 ? "start-dropping" : "drop";
    this.#count++;
    return "forward";
  }

  /** Lines dropped since the last report. */
  get dropped(): number {
    return this.#dropped;
  }
}
