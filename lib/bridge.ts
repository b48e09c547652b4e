/**
 * The HTTP bridge: one request to /plugins/{id}/... becomes one ServeHTTP
 * stream to the plugin. Bodies flow in chunks of at most 64 KiB with
 * backpressure both ways (nothing buffers a whole body), and a client that
 * goes away cancels the plugin's stream.
 *
 * @module
 */

import type * as grpc from "@grpc/grpc-js";
import { describeError, HttpError } from "./errors.ts";
import type { Logger } from "./log.ts";
import { HTTP_CHUNK_BYTES } from "./rpc.ts";
import type { PluginProcess } from "./supervisor.ts";
import type { PluginManager } from "./plugins.ts";
import type { HTTPRequestPart } from "./generated/plughost/v1/HTTPRequestPart.ts";
import type { HTTPResponsePart__Output } from "./generated/plughost/v1/HTTPResponsePart.ts";
import type { HTTPHeader } from "./generated/plughost/v1/HTTPHeader.ts";

/** Headers only the host may set; any a client sends are removed. */
export const IDENTITY_HEADER_PREFIX = "plughost-";
export const USER_ID_HEADER = "Plughost-User-Id";
export const PLUGIN_ID_HEADER = "Plughost-Plugin-Id";

// Connection-level headers do not cross the bridge in either direction.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "content-length",
]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export interface BridgeRequest {
  request: Request;
  /** Path after /plugins/{id} (at least "/") with the query string. */
  url: string;
  remoteAddr: string;
  /** The authenticated user, or "" for anonymous requests. */
  userId: string;
  /** The plugin making the request (plugin_http), sent as Plughost-Plugin-Id. */
  callerPluginId?: string;
}

type Duplex = grpc.ClientDuplexStream<HTTPRequestPart, HTTPResponsePart__Output>;

function requestHeaders(headers: Headers, userId: string, callerPluginId?: string): HTTPHeader[] {
  const out: HTTPHeader[] = [];
  for (const [name, value] of headers) {
    if (name.startsWith(IDENTITY_HEADER_PREFIX) || HOP_BY_HOP.has(name)) continue;
    // Set-Cookie is the one header a Headers object keeps apart; requests do not carry it.
    out.push({ name, values: [value] });
  }
  if (headers.has("content-length")) out.push({ name: "content-length", values: [headers.get("content-length")!] });
  if (userId) out.push({ name: USER_ID_HEADER, values: [userId] });
  if (callerPluginId) out.push({ name: PLUGIN_ID_HEADER, values: [callerPluginId] });
  return out;
}

/** Waits until the stream can take more, or is finished either way. */
function writable(call: Duplex): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      call.off("drain", done);
      call.off("close", done);
      call.off("error", done);
      resolve();
    };
    call.on("drain", done);
    call.on("close", done);
    call.on("error", done);
  });
}

async function sendRequestBody(call: Duplex, body: ReadableStream<Uint8Array> | null, log: Logger): Promise<void> {
  try {
    if (body) {
      for await (const chunk of body) {
        for (let offset = 0; offset < chunk.length; offset += HTTP_CHUNK_BYTES) {
          if (call.destroyed) return;
          const piece = chunk.subarray(offset, offset + HTTP_CHUNK_BYTES);
          if (!call.write({ body: piece })) await writable(call);
        }
      }
    }
    if (!call.destroyed) call.end();
  } catch (error) {
    // The client went away mid-upload, or the plugin ended the stream.
    log.debug("request body not fully sent to plugin", { error: describeError(error) });
    call.cancel();
  }
}

/** Forwards one HTTP request to the plugin's ServeHTTP and streams its answer back. */
export async function bridgeToPlugin(plugin: PluginProcess, bridge: BridgeRequest, log: Logger): Promise<Response> {
  const { request } = bridge;

  const call: Duplex = plugin.serveHttp();
  // Errors are read from the iterator below; this keeps a late one from
  // becoming an uncaught 'error' event.
  call.on("error", () => {});
  // Aborts only when the client disconnects (--unstable-no-legacy-abort).
  const cancel = () => call.cancel();
  request.signal.addEventListener("abort", cancel, { once: true });
  const done = () => request.signal.removeEventListener("abort", cancel);

  call.write({
    head: {
      method: request.method,
      url: bridge.url,
      headers: requestHeaders(request.headers, bridge.userId, bridge.callerPluginId),
      remoteAddr: bridge.remoteAddr,
      userId: bridge.userId,
      host: request.headers.get("host") ?? "",
      context: {
        ipAddress: bridge.remoteAddr.replace(/:\d+$/, ""),
        userAgent: request.headers.get("user-agent") ?? "",
        acceptLanguage: request.headers.get("accept-language") ?? "",
      },
    },
  });
  sendRequestBody(call, request.body, log);

  const responses = call[Symbol.asyncIterator]() as AsyncIterator<HTTPResponsePart__Output>;
  const fail = (message: string): never => {
    done();
    call.cancel();
    throw new HttpError(502, "plugin_failed", `Plugin ${plugin.id} ${message}`);
  };

  let first: IteratorResult<HTTPResponsePart__Output>;
  try {
    first = await responses.next();
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return fail(`failed before sending a response: ${describeError(error)}`);
  }
  if (first.done) return fail("ended the response without a status");
  const head = first.value.head;
  if (first.value.part !== "head" || !head) return fail("sent body data before the status and headers");
  const status = head.statusCode || 200;
  if (status < 200 || status > 599) return fail(`answered with invalid status ${status}`);

  const headers = new Headers();
  for (const { name, values } of head.headers) {
    if (HOP_BY_HOP.has(name.toLowerCase())) continue;
    try {
      for (const value of values) headers.append(name, value);
    } catch {
      log.warn("plugin sent an invalid response header; dropped", { plugin: plugin.id, header: name });
    }
  }

  if (NULL_BODY_STATUSES.has(status) || request.method === "HEAD") {
    // No body goes to the client: end the stream now rather than read on in
    // the background (a plugin still writing sees the client gone).
    call.cancel();
    done();
    return new Response(null, { status, headers });
  }

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (true) {
          const next = await responses.next();
          if (next.done) {
            controller.close();
            done();
            return;
          }
          const chunk = next.value.body;
          if (next.value.part === "body" && chunk && chunk.length > 0) {
            controller.enqueue(chunk);
            return;
          }
        }
      } catch (error) {
        log.warn("plugin failed mid-response; the response is cut short", {
          plugin: plugin.id,
          error: describeError(error),
        });
        controller.error(error);
        done();
      }
    },
    cancel() {
      call.cancel();
      done();
    },
  }, { highWaterMark: 0 });
  return new Response(body, { status, headers });
}

/**
 * plugin_http: one plugin calls another's ServeHTTP. `url` is
 * "/{plugin_id}/path?query"; the whole response body is read (calls between
 * plugins carry bodies up to the gRPC message limit).
 */
export async function pluginHttp(
  manager: PluginManager,
  callerId: string,
  call: { method: string; url: string; headers: { name: string; values: string[] }[]; body: Uint8Array },
  log: Logger,
): Promise<{ status: number; headers: { name: string; values: string[] }[]; body: Uint8Array }> {
  const match = /^\/([^/?]+)(\/[^?]*)?(\?.*)?$/.exec(call.url);
  if (!match) {
    throw new HttpError(
      400,
      "invalid_argument",
      `PluginHTTP url must be "/{plugin_id}/path", got ${JSON.stringify(call.url)}`,
    );
  }
  const [, targetId, path = "/", query = ""] = match;
  if (!manager.has(targetId)) throw new HttpError(404, "not_found", `No plugin ${targetId} is installed`);
  const target = manager.running(targetId);
  if (!target?.implemented.has("ServeHTTP")) {
    throw new HttpError(503, "plugin_unavailable", `Plugin ${targetId} is not running or does not serve HTTP`);
  }
  const headers = new Headers();
  for (const { name, values } of call.headers) for (const value of values) headers.append(name, value);
  const method = call.method.toUpperCase() || "GET";
  const request = new Request(`http://plugin${path}${query}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" ? undefined : call.body as Uint8Array<ArrayBuffer>,
  });
  const response = await bridgeToPlugin(target, {
    request,
    url: path + query,
    remoteAddr: "",
    userId: "",
    callerPluginId: callerId,
  }, log);
  const responseHeaders: { name: string; values: string[] }[] = [];
  response.headers.forEach((value, name) => responseHeaders.push({ name, values: [value] }));
  return { status: response.status, headers: responseHeaders, body: new Uint8Array(await response.arrayBuffer()) };
}
