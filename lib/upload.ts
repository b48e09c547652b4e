/**
 * Receiving an uploaded bundle over HTTP, streamed to a temporary file with a
 * size limit: as the raw request body (`Content-Type: application/gzip`) or
 * as the `plugin` field of a multipart form, as Mattermost's upload does.
 * Nothing holds the whole upload in memory.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { HttpError } from "./errors.ts";

const RAW_TYPES = ["application/gzip", "application/x-gzip", "application/octet-stream", "application/x-tar"];
/** Form fields other than the bundle are small; anything bigger is refused. */
const MAX_OTHER_FIELD_BYTES = 64 * 1024;

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, "bundle_too_large", `Bundle is larger than the limit of ${maxBytes} bytes`);
}

/** Streams the bundle in `request` to a new temporary file and returns its path. */
export async function receiveBundle(request: Request, maxBytes: number): Promise<string> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  const multipart = type.startsWith("multipart/form-data");
  if (!multipart && !RAW_TYPES.some((raw) => type.startsWith(raw))) {
    await request.body?.cancel();
    throw new HttpError(
      415,
      "unsupported_media_type",
      `Upload the bundle as the request body with Content-Type: application/gzip, or as the form field "plugin" of a multipart/form-data request (got ${
        type || "no Content-Type"
      })`,
    );
  }
  if (declared > maxBytes + (multipart ? MAX_OTHER_FIELD_BYTES : 0)) {
    await request.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (!request.body) throw new HttpError(400, "bundle_missing", "The request has no body; send the bundle");

  const path = await Deno.makeTempFile({ prefix: "plughost-upload-", suffix: ".tar.gz" });
  const file = await Deno.open(path, { write: true });
  try {
    let written = 0;
    const write = async (chunk: Uint8Array) => {
      written += chunk.length;
      if (written > maxBytes) throw tooLarge(maxBytes);
      let offset = 0;
      while (offset < chunk.length) offset += await file.write(chunk.subarray(offset));
    };
    if (multipart) {
      const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
      if (!boundary) throw new HttpError(400, "bad_multipart", "multipart/form-data without a boundary");
      const found = await readMultipartField(request.body, boundary, "plugin", write);
      if (!found) throw new HttpError(400, "bundle_missing", 'The form has no "plugin" field; put the bundle there');
    } else {
      for await (const chunk of request.body) await write(chunk);
    }
    if (written === 0) throw new HttpError(400, "bundle_missing", "The uploaded bundle is empty");
    file.close();
    return path;
  } catch (error) {
    file.close();
    await request.body.cancel().catch(() => {});
    await Deno.remove(path).catch(() => {});
    throw error;
  }
}

/**
 * Streams the content of the form field `name` to `sink`; other fields are
 * read and dropped. Resolves to whether the field was there.
 */
async function readMultipartField(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  name: string,
  sink: (chunk: Uint8Array) => Promise<void>,
): Promise<boolean> {
  const reader = body.getReader();
  let buffer = Buffer.alloc(0);
  let ended = false;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const { value, done } = await reader.read();
    if (done) {
      ended = true;
      return false;
    }
    buffer = buffer.length === 0 ? Buffer.from(value) : Buffer.concat([buffer, value]);
    return true;
  };
  const fail = (why: string) => new HttpError(400, "bad_multipart", `Malformed multipart upload: ${why}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);

  // The body starts with "--boundary" (CRLF before it is optional).
  buffer = Buffer.from("\r\n");
  let found = false;
  while (true) {
    let at: number;
    while ((at = buffer.indexOf(delimiter)) === -1) {
      if (buffer.length > MAX_OTHER_FIELD_BYTES) buffer = buffer.subarray(buffer.length - delimiter.length);
      if (!(await more())) throw fail("no opening boundary");
    }
    buffer = buffer.subarray(at + delimiter.length);
    while (buffer.length < 2) if (!(await more())) throw fail("it ends after a boundary");
    if (buffer.subarray(0, 2).toString() === "--") break;
    let headerEnd: number;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) === -1) {
      if (buffer.length > 16 * 1024) throw fail("part headers are too long");
      if (!(await more())) throw fail("part headers never end");
    }
    const headers = buffer.subarray(0, headerEnd).toString();
    buffer = buffer.subarray(headerEnd + 4);
    const fieldName = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
    const wanted = fieldName === name && !found;
    let size = 0;
    // Pass on everything that cannot be the start of the next delimiter.
    while (true) {
      const end = buffer.indexOf(delimiter);
      const safe = end === -1 ? Math.max(0, buffer.length - delimiter.length) : end;
      if (safe > 0) {
        size += safe;
        if (wanted) await sink(buffer.subarray(0, safe));
        else if (size > MAX_OTHER_FIELD_BYTES) throw fail(`field ${JSON.stringify(fieldName)} is too large`);
        buffer = buffer.subarray(safe);
      }
      if (end !== -1) break;
      if (!(await more())) throw fail("the last part is not closed");
    }
    if (wanted) found = true;
  }
  await reader.cancel().catch(() => {});
  return found;
}
