/**
 * The few things every HTTP route needs: JSON responses, the one error
 * shape (`{"error": {"code", "message"}}`), reading a JSON body and the
 * bearer token of a request.
 *
 * @module
 */

import { describeError, HttpError, PlughostError } from "./errors.ts";

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof PlughostError) {
    return json({ error: { code: error.code, message: error.message } }, error.status);
  }
  return json({ error: { code: "internal", message: describeError(error) } }, 500);
}

/** The request body as JSON; 415 for another content type, 400 for bad JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.includes("json")) {
    await request.body?.cancel();
    throw new HttpError(
      415,
      "unsupported_media_type",
      `Expected a JSON body (Content-Type: application/json), got ${type}`,
    );
  }
  try {
    return await request.json();
  } catch (error) {
    throw new HttpError(400, "invalid_json", `The request body is not valid JSON: ${describeError(error)}`);
  }
}

/**
 * The token of an `Authorization: Bearer <token>` header: undefined without
 * the header, a 401 saying what is expected for any other form.
 */
export function bearerToken(request: Request, what: string): string | undefined {
  const header = request.headers.get("authorization");
  if (!header) return undefined;
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (!token) throw new HttpError(401, "unauthorized", `Use the header Authorization: Bearer <${what}>`);
  return token;
}
