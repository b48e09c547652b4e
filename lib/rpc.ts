/**
 * The wire contract at runtime: loads proto/, makes the typed client the host
 * uses to call a plugin, and converts between proto messages and the host's
 * own types. The .proto files are the only definition of the messages; the
 * TypeScript types in `generated/` come from them (`deno task proto`).
 *
 * @module
 */

import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";
import type { ProtoGrpcType as PluginProto } from "./generated/plugin.ts";
import type { ProtoGrpcType as ApiProto } from "./generated/api.ts";
import type { PluginClient } from "./generated/plughost/v1/Plugin.ts";
import type { Post as WirePost, Post__Output as WirePostOutput } from "./generated/plughost/v1/Post.ts";
import type { Struct__Output } from "./generated/google/protobuf/Struct.ts";
import type { Value, Value__Output } from "./generated/google/protobuf/Value.ts";
import type { AppError__Output } from "./generated/plughost/v1/AppError.ts";
import type { Post } from "./store.ts";

export type { PluginClient };
export type { APIHandlers } from "./generated/plughost/v1/API.ts";

/** Protocol version in the handshake line's first field. */
export const CORE_PROTOCOL_VERSION = 1;
/** Plugin API version in the handshake line's second field. */
export const APP_PROTOCOL_VERSION = 1;
/** Metadata key carrying the per-plugin secret on every call, both directions. */
export const SECRET_METADATA_KEY = "plughost-secret";
/** Largest message either side accepts: room for large KV values and posts. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Largest body chunk in a ServeHTTP stream message. */
export const HTTP_CHUNK_BYTES = 64 * 1024;

const PROTO_DIR = fileURLToPath(new URL("../proto", import.meta.url));

// Must match the flags `deno task proto` passes to proto-loader-gen-types.
const LOAD_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

let loaded: { plugin: PluginProto; api: ApiProto } | undefined;

function protos(): { plugin: PluginProto; api: ApiProto } {
  loaded ??= {
    plugin: grpc.loadPackageDefinition(
      protoLoader.loadSync("plughost/v1/plugin.proto", LOAD_OPTIONS),
    ) as unknown as PluginProto,
    api: grpc.loadPackageDefinition(
      protoLoader.loadSync("plughost/v1/api.proto", LOAD_OPTIONS),
    ) as unknown as ApiProto,
  };
  return loaded;
}

/** The API service definition the host serves to plugins. */
export function apiServiceDefinition(): grpc.ServiceDefinition {
  return protos().api.plughost.v1.API.service;
}

/** Channel options shared by both directions. */
export const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
  "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
};

/**
 * A client for one plugin process. One client per process lifetime: a
 * restarted plugin gets a new one. Calls carry the secret as metadata
 * (`secretMetadata`) passed with each call, which costs less than an
 * interceptor on this hot path.
 */
export function createPluginClient(address: string): PluginClient {
  const Client = protos().plugin.plughost.v1.Plugin;
  return new Client(address, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
}

/** The metadata every call to a plugin carries: its run's secret. */
export function secretMetadata(secret: string): grpc.Metadata {
  const metadata = new grpc.Metadata();
  metadata.set(SECRET_METADATA_KEY, secret);
  return metadata;
}

/**
 * Makes one unary call, bounded by `timeoutMs`, as a promise:
 * `unary<Res>((options, done) => client.Method(request, options, done), 1000)`.
 */
export function unary<Res>(
  start: (options: grpc.CallOptions, done: grpc.requestCallback<Res>) => unknown,
  timeoutMs: number,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    start({ deadline: Date.now() + timeoutMs }, (error, response) => {
      if (error) reject(error);
      else resolve(response as Res);
    });
  });
}

/** Errors that reached the host as a hook's application error (not a transport failure). */
export class HookAppError extends Error {
  readonly id: string;
  readonly statusCode: number;
  constructor(hook: string, error: AppError__Output) {
    super(`${hook} returned an error: ${error.message || error.id || "unknown error"}`);
    this.name = "HookAppError";
    this.id = error.id;
    this.statusCode = error.statusCode;
  }
}

// google.protobuf.Struct <-> plain JSON, for post props.

function valueToJson(value: Value__Output): unknown {
  switch (value.kind) {
    case "nullValue":
      return null;
    case "numberValue":
      return value.numberValue;
    case "stringValue":
      return value.stringValue;
    case "boolValue":
      return value.boolValue;
    case "structValue":
      return value.structValue ? structToJson(value.structValue) : {};
    case "listValue":
      return (value.listValue?.values ?? []).map(valueToJson);
    default:
      return null;
  }
}

export function structToJson(struct: Struct__Output | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) out[key] = valueToJson(value);
  return out;
}

function jsonToValue(json: unknown): Value {
  if (json === null || json === undefined) return { nullValue: "NULL_VALUE" };
  if (typeof json === "number") return { numberValue: json };
  if (typeof json === "string") return { stringValue: json };
  if (typeof json === "boolean") return { boolValue: json };
  if (Array.isArray(json)) return { listValue: { values: json.map(jsonToValue) } };
  return { structValue: jsonToStruct(json as Record<string, unknown>) };
}

export function jsonToStruct(json: Record<string, unknown>): { fields: Record<string, Value> } {
  const fields: Record<string, Value> = {};
  for (const [key, value] of Object.entries(json)) fields[key] = jsonToValue(value);
  return { fields };
}

export function postToWire(post: Post): WirePost {
  return {
    id: post.id,
    createAt: post.create_at,
    updateAt: post.update_at,
    deleteAt: post.delete_at,
    userId: post.user_id,
    channelId: post.channel_id,
    rootId: post.root_id,
    message: post.message,
    type: post.type,
    props: jsonToStruct(post.props),
  };
}

export function postFromWire(post: WirePostOutput): Post {
  return {
    id: post.id,
    create_at: post.createAt,
    update_at: post.updateAt,
    delete_at: post.deleteAt,
    user_id: post.userId,
    channel_id: post.channelId,
    root_id: post.rootId,
    message: post.message,
    type: post.type,
    props: structToJson(post.props),
  };
}

/** A flat snake_case record as the camelCase message proto-loader expects (users, channels, members). */
export function toWire<T extends object>(record: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key.replace(/_([a-z])/g, (_, c) => c.toUpperCase())] = value;
  return out;
}

/** The reverse of `toWire`. */
export function fromWire<T>(message: object): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message)) out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
  return out as T;
}
