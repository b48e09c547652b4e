/**
 * Plugin bundles: `.tar.gz` files holding a plugin directory. Reading one is
 * reading untrusted input, so extraction streams with limits on size and
 * entry count and refuses anything that is not a plain file or directory
 * inside the target: absolute paths, `..`, links, devices.
 *
 * @module
 */

import { dirname, join, posix, relative } from "node:path";
import { PlughostError } from "./errors.ts";

export interface BundleLimits {
  /** Largest bundle accepted, as uploaded (compressed). */
  maxCompressedBytes: number;
  /** Largest total size of the extracted files. */
  maxExtractedBytes: number;
  /** Most entries (files and directories) in a bundle. */
  maxEntries: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: BundleLimits = {
  maxCompressedBytes: 50 * MiB,
  maxExtractedBytes: 500 * MiB,
  maxEntries: 10_000,
};

/** A bundle that cannot be installed; the message names the entry and the rule. */
export class BundleError extends PlughostError {
  constructor(message: string, status = 400, code = "bundle_invalid") {
    super(code, message, { status });
    this.name = "BundleError";
  }
}

/** Files and directories `pack` leaves out of a bundle. */
export const PACK_SKIPPED = new Set(["__pycache__", ".venv", "venv", ".git", ".DS_Store"]);

const BLOCK = 512;

/** Reads exact byte counts from a stream, holding at most one chunk beyond what was asked. */
class ByteReader {
  #reader: ReadableStreamDefaultReader<Uint8Array>;
  #buffer: Uint8Array = new Uint8Array(0);

  constructor(stream: ReadableStream<Uint8Array>) {
    this.#reader = stream.getReader();
  }

  async #fill(): Promise<boolean> {
    const { value, done } = await this.#reader.read();
    if (done) return false;
    this.#buffer = this.#buffer.length === 0 ? value : concat(this.#buffer, value);
    return true;
  }

  /** Exactly `size` bytes, or undefined at a clean end of stream. */
  async read(size: number): Promise<Uint8Array | undefined> {
    while (this.#buffer.length < size) {
      if (!(await this.#fill())) {
        if (this.#buffer.length === 0) return undefined;
        throw new BundleError("Corrupt bundle: the tar archive ends in the middle of an entry");
      }
    }
    const out = this.#buffer.subarray(0, size);
    this.#buffer = this.#buffer.subarray(size);
    return out;
  }

  /** Passes the next `size` bytes to `sink` in the pieces they arrive in. */
  async pipe(size: number, sink: (chunk: Uint8Array) => Promise<unknown>): Promise<void> {
    let left = size;
    while (left > 0) {
      if (this.#buffer.length === 0 && !(await this.#fill())) {
        throw new BundleError("Corrupt bundle: the tar archive ends in the middle of a file");
      }
      const piece = this.#buffer.subarray(0, Math.min(left, this.#buffer.length));
      this.#buffer = this.#buffer.subarray(piece.length);
      left -= piece.length;
      await sink(piece);
    }
  }

  async cancel(): Promise<void> {
    await this.#reader.cancel().catch(() => {});
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const decoder = new TextDecoder();

function field(header: Uint8Array, offset: number, length: number): string {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return decoder.decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function octal(header: Uint8Array, offset: number, length: number, name: string): number {
  if (header[offset] & 0x80) {
    // GNU base-256 for large numbers.
    let value = 0;
    for (let i = offset + 1; i < offset + length; i++) value = value * 256 + header[i];
    return value;
  }
  const text = field(header, offset, length).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new BundleError(`Corrupt bundle: entry ${name} has an invalid size field`);
  return parseInt(text, 8);
}

function checksumOk(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  const stored = field(header, 148, 8).trim();
  return /^[0-7]+$/.test(stored) && sum === parseInt(stored, 8);
}

function parsePax(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(32, offset);
    if (space === -1) break;
    const length = parseInt(decoder.decode(data.subarray(offset, space)), 10);
    if (!(length > 0)) break;
    const record = decoder.decode(data.subarray(space + 1, offset + length)).replace(/\n$/, "");
    const equals = record.indexOf("=");
    if (equals > 0) out[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return out;
}

/** Checks one entry name and returns it as a safe relative path. */
function safePath(name: string): string {
  if (name.includes("\0")) {
    throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: it contains a NUL byte`);
  }
  if (name.startsWith("/") || /^[a-zA-Z]:[\\/]/.test(name)) {
    throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: absolute paths are not allowed`);
  }
  if (name.split(/[\\/]/).includes("..")) {
    throw new BundleError(
      `Rejected bundle entry ${JSON.stringify(name)}: it escapes the plugin directory ("..")`,
    );
  }
  const normalized = posix.normalize(name).replace(/\/+$/, "");
  if (normalized === "" || normalized === ".") return "";
  return normalized.replace(/^\.\//, "");
}

const REJECTED_TYPES: Record<string, string> = {
  "1": "hard links are not allowed",
  "2": "symbolic links are not allowed",
  "3": "device files are not allowed",
  "4": "device files are not allowed",
  "6": "FIFOs are not allowed",
  "K": "links are not allowed",
};

/**
 * Extracts the bundle at `file` into `target` (which must not exist yet),
 * enforcing `limits`. On error `target` may hold a partial extraction: the
 * caller extracts into a staging directory it removes.
 */
export async function extractBundle(file: string, target: string, limits: BundleLimits): Promise<void> {
  const info = await Deno.stat(file);
  if (info.size > limits.maxCompressedBytes) {
    throw new BundleError(
      `Bundle is ${info.size} bytes, over the limit of ${limits.maxCompressedBytes} bytes`,
      413,
      "bundle_too_large",
    );
  }
  await Deno.mkdir(target, { recursive: true });
  const input = await Deno.open(file, { read: true });
  const reader = new ByteReader(
    input.readable.pipeThrough(new DecompressionStream("gzip") as TransformStream<Uint8Array, Uint8Array>),
  );
  let entries = 0;
  let extracted = 0;
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  try {
    while (true) {
      const header = await reader.read(BLOCK);
      if (!header || header.every((byte) => byte === 0)) break;
      const rawName = field(header, 0, 100);
      if (!checksumOk(header)) {
        throw new BundleError(`Corrupt bundle: the tar header of ${JSON.stringify(rawName)} has a bad checksum`);
      }
      const prefix = field(header, 345, 155);
      const name = pax.path ?? longName ?? (prefix ? `${prefix}/${rawName}` : rawName);
      const type = String.fromCharCode(header[156] || 48);
      const size = pax.size !== undefined ? Number(pax.size) : octal(header, 124, 12, name);
      const padded = Math.ceil(size / BLOCK) * BLOCK;

      if (type === "x" || type === "g" || type === "L") {
        if (size > 1024 * 1024) throw new BundleError(`Corrupt bundle: a ${size}-byte metadata entry`);
        const data = (await reader.read(padded))!.subarray(0, size);
        if (type === "x") pax = parsePax(data);
        if (type === "L") longName = decoder.decode(data).replace(/\0+$/, "");
        continue;
      }
      pax = {};
      longName = undefined;

      if (++entries > limits.maxEntries) {
        throw new BundleError(`Bundle has more than ${limits.maxEntries} entries`, 413, "bundle_too_large");
      }
      const rejected = REJECTED_TYPES[type];
      if (rejected) throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: ${rejected}`);
      const path = safePath(name);
      const destination = path === "" ? target : join(target, path);
      if (relative(target, destination).startsWith("..")) {
        throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: it escapes the plugin directory`);
      }

      if (type === "5") {
        await Deno.mkdir(destination, { recursive: true });
        await reader.pipe(padded, async () => {});
        continue;
      }
      if (type !== "0" && type !== "7") {
        throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: unsupported tar entry type "${type}"`);
      }
      if (path === "") throw new BundleError(`Rejected bundle entry ${JSON.stringify(name)}: a file without a name`);
      extracted += size;
      if (extracted > limits.maxExtractedBytes) {
        throw new BundleError(
          `Bundle extracts to more than ${limits.maxExtractedBytes} bytes (at entry ${JSON.stringify(name)})`,
          413,
          "bundle_too_large",
        );
      }
      await Deno.mkdir(dirname(destination), { recursive: true });
      const mode = octal(header, 100, 8, name) & 0o755 | 0o600;
      const output = await Deno.open(destination, { write: true, createNew: true, mode });
      try {
        const writer = output.writable.getWriter();
        await reader.pipe(size, (chunk) => writer.write(chunk.slice()));
        await writer.close();
      } catch (error) {
        output.close();
        throw error;
      }
      await reader.pipe(padded - size, async () => {});
    }
  } catch (error) {
    if (error instanceof PlughostError) throw error;
    if (error instanceof Deno.errors.AlreadyExists) {
      throw new BundleError(`Rejected bundle: it contains the same file twice (${(error as Error).message})`);
    }
    throw new BundleError(`Corrupt bundle: it is not a valid .tar.gz file (${(error as Error).message})`);
  } finally {
    await reader.cancel();
  }
}

// Writing bundles.

const encoder = new TextEncoder();

function writeField(header: Uint8Array, offset: number, length: number, value: string): void {
  header.set(encoder.encode(value).subarray(0, length), offset);
}

/** One ustar header block (exported for tests that build unusual archives). */
export function tarHeader(name: string, size: number, type: "0" | "5" | "x", mode: number): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(BLOCK);
  writeField(header, 0, 100, name);
  writeField(header, 100, 8, mode.toString(8).padStart(7, "0") + "\0");
  writeField(header, 108, 8, "0000000\0");
  writeField(header, 116, 8, "0000000\0");
  writeField(header, 124, 12, size.toString(8).padStart(11, "0") + "\0");
  writeField(header, 136, 12, "00000000000\0");
  writeField(header, 156, 1, type);
  writeField(header, 257, 6, "ustar\0");
  writeField(header, 263, 2, "00");
  header.fill(32, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeField(header, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return header;
}

function paxRecord(key: string, value: string): Uint8Array {
  const body = ` ${key}=${value}\n`;
  const bodyLength = encoder.encode(body).length;
  let length = bodyLength + String(bodyLength).length;
  if (String(length).length !== String(bodyLength).length) length = bodyLength + String(length).length;
  return encoder.encode(`${length}${body}`);
}

async function* tarEntries(root: string, base: string): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(root)) if (!PACK_SKIPPED.has(entry.name)) names.push(entry.name);
  names.sort();
  for (const name of names) {
    const path = join(root, name);
    const info = await Deno.lstat(path);
    const entryName = `${base}/${name}`;
    if (info.isSymlink) throw new BundleError(`Cannot pack ${path}: symbolic links are not allowed in bundles`);
    const tarName = info.isDirectory ? `${entryName}/` : entryName;
    if (encoder.encode(tarName).length > 99) {
      const record = paxRecord("path", tarName);
      yield tarHeader("PaxHeader", record.length, "x", 0o644);
      yield padBlock(record);
    }
    if (info.isDirectory) {
      yield tarHeader(tarName.slice(0, 99), 0, "5", 0o755);
      yield* tarEntries(path, entryName);
    } else if (info.isFile) {
      yield tarHeader(tarName.slice(0, 99), info.size, "0", (info.mode ?? 0o644) & 0o777);
      const file = await Deno.open(path);
      let written = 0;
      for await (const chunk of file.readable) {
        written += chunk.length;
        yield chunk;
      }
      yield new Uint8Array((BLOCK - (written % BLOCK)) % BLOCK);
    }
  }
}

function padBlock(data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
  out.set(data);
  return out;
}

/** Writes `dir` as a bundle at `output`, under one top-level directory named `topLevel`. */
export async function packDirectory(dir: string, topLevel: string, output: string): Promise<void> {
  const entries = tarEntries(dir, topLevel);
  const tar = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const { value, done } = await entries.next();
      if (done) {
        controller.enqueue(new Uint8Array(BLOCK * 2));
        controller.close();
      } else {
        controller.enqueue(value);
      }
    },
  });
  const partial = `${output}.partial`;
  const file = await Deno.open(partial, { write: true, create: true, truncate: true });
  try {
    await tar.pipeThrough(
      new CompressionStream("gzip") as TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>,
    ).pipeTo(file.writable);
    await Deno.rename(partial, output);
  } catch (error) {
    await Deno.remove(partial).catch(() => {});
    throw error;
  }
}
