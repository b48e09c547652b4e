/**
 * The API service plugins call back into: logging, their own KV namespace,
 * posts. Every call must carry a live plugin secret; the secret decides which
 * plugin is calling, so a plugin can only ever touch its own keys.
 * Application errors travel in the response's `error` field.
 *
 * @module
 */

import * as grpc from "@grpc/grpc-js";
import { describeError, PlughostError } from "./errors.ts";
import type { Logger, LogLevel } from "./log.ts";
import { parseNewPost, type Posts } from "./posts.ts";
import {
  type APIHandlers,
  apiServiceDefinition,
  CHANNEL_OPTIONS,
  fromWire,
  jsonToStruct,
  postFromWire,
  postToWire,
  SECRET_METADATA_KEY,
  structToJson,
  toWire,
} from "./rpc.ts";
import type { Store } from "./store.ts";
import { parseNewUser, type Users } from "./users.ts";
import { type Channels, parseNewChannel } from "./channels.ts";
import type { Reactions } from "./reactions.ts";
import type { Commands } from "./commands.ts";
import type { PluginManager } from "./plugins.ts";
import { pluginHttp } from "./bridge.ts";
import type { PluginSettings } from "./settings.ts";
import type { Hooks } from "./hooks.ts";
import { VERSION } from "./version.ts";
import type { AppError } from "./generated/plughost/v1/AppError.ts";

/** Longest KV key, in characters (Mattermost's limit). */
export const MAX_KV_KEY_LENGTH = 150;
export const MAX_KV_LIST_PAGE = 1000;

export interface ApiDependencies {
  store: Store;
  posts: Posts;
  users: Users;
  channels: Channels;
  reactions: Reactions;
  commands: Commands;
  manager: PluginManager;
  settings: PluginSettings;
  hooks: Hooks;
  logger: Logger;
  /** The plugin a secret belongs to, if the secret is live. */
  pluginForSecret(secret: string): string | undefined;
}

function appError(error: unknown): AppError {
  if (error instanceof PlughostError) {
    return { id: error.code, message: error.message, statusCode: error.status };
  }
  return { id: "internal", message: describeError(error), statusCode: 500 };
}

function invalid(message: string): PlughostError {
  return new PlughostError("invalid_argument", message, { status: 400 });
}

function checkKey(key: string): void {
  if (key.length === 0) throw invalid("KV key must not be empty");
  if ([...key].length > MAX_KV_KEY_LENGTH) {
    throw invalid(`KV key ${JSON.stringify(key.slice(0, 40))}... is longer than ${MAX_KV_KEY_LENGTH} characters`);
  }
}

type UnaryHandler<Req, Res> = (pluginId: string, request: Req) => Res | Promise<Res>;

/** The handlers of the API service, bound to the host's store and posts. */
export function apiHandlers(deps: ApiDependencies): APIHandlers {
  // Resolves the caller from its secret, runs the body, and reports failures
  // in the response's error field (never as a transport error).
  function handle<Req, Res>(body: UnaryHandler<Req, Res>): grpc.handleUnaryCall<Req, Res> {
    return async (call, callback) => {
      const secret = call.metadata.get(SECRET_METADATA_KEY)[0];
      const pluginId = typeof secret === "string" ? deps.pluginForSecret(secret) : undefined;
      if (!pluginId) {
        callback({ code: grpc.status.UNAUTHENTICATED, details: "plughost API call without a valid plugin secret" });
        return;
      }
      try {
        callback(null, await body(pluginId, call.request));
      } catch (error) {
        callback(null, { error: appError(error) } as Res);
      }
    };
  }

  const log = (level: LogLevel) =>
    handle<{ message: string; fields: { key: string; value: string }[] }, { error?: null }>((pluginId, request) => {
      const fields: Record<string, string> = {};
      for (const { key, value } of request.fields) fields[key] = value;
      deps.logger.log(level, request.message, { plugin: pluginId, ...fields });
      return {};
    });

  return {
    LogDebug: log("debug"),
    LogInfo: log("info"),
    LogWarn: log("warn"),
    LogError: log("error"),
    KVSet: handle((pluginId, request) => {
      checkKey(request.key);
      deps.store.kvSet(pluginId, request.key, request.value);
      return {};
    }),
    KVGet: handle((pluginId, request) => {
      checkKey(request.key);
      const value = deps.store.kvGet(pluginId, request.key);
      return value === undefined ? { found: false } : { found: true, value };
    }),
    KVDelete: handle((pluginId, request) => {
      checkKey(request.key);
      deps.store.kvDelete(pluginId, request.key);
      return {};
    }),
    KVList: handle((pluginId, request) => {
      if (request.page < 0) throw invalid(`KVList page must be 0 or more, got ${request.page}`);
      if (request.perPage < 1 || request.perPage > MAX_KV_LIST_PAGE) {
        throw invalid(`KVList per_page must be between 1 and ${MAX_KV_LIST_PAGE}, got ${request.perPage}`);
      }
      return { keys: deps.store.kvList(pluginId, request.page, request.perPage) };
    }),
    KVSetWithOptions: handle((pluginId, request) => {
      checkKey(request.key);
      const hasOld = request._oldValue === "oldValue";
      if (hasOld && !request.atomic) {
        throw invalid("KVSetWithOptions: old_value is set but atomic is false; set atomic to compare");
      }
      if (request.expireInSeconds < 0) {
        throw invalid(`KVSetWithOptions: expire_in_seconds must be 0 or more, got ${request.expireInSeconds}`);
      }
      const success = deps.store.kvSetWithOptions(
        pluginId,
        request.key,
        request._value === "value" ? request.value : undefined,
        {
          atomic: request.atomic,
          oldValue: hasOld ? request.oldValue : undefined,
          expireAt: request.expireInSeconds > 0 ? Date.now() + request.expireInSeconds * 1000 : 0,
        },
      );
      return { success };
    }),
    KVCompareAndDelete: handle((pluginId, request) => {
      checkKey(request.key);
      return { success: deps.store.kvCompareAndDelete(pluginId, request.key, request.oldValue) };
    }),
    KVDeleteAll: handle((pluginId) => {
      deps.store.kvDeleteAll(pluginId);
      return {};
    }),
    GetServerVersion: handle(() => ({ version: VERSION })),
    PluginHTTP: handle(async (pluginId, request) => {
      const result = await pluginHttp(deps.manager, pluginId, request, deps.logger);
      return { statusCode: result.status, headers: result.headers, body: result.body };
    }),
    GetPluginConfig: handle((pluginId) => ({ config: jsonToStruct(deps.settings.get(pluginId)) })),
    SavePluginConfig: handle(async (pluginId, request) => {
      const result = await deps.settings.save(pluginId, structToJson(request.config));
      if (result.hook_error) {
        deps.logger.warn("OnConfigurationChange reported an error after the plugin saved its settings", {
          plugin: pluginId,
          error: result.hook_error,
        });
      }
      return {};
    }),
    PublishPluginClusterEvent: handle((pluginId, request) => {
      if (!request.event?.id) throw invalid("PublishPluginClusterEvent needs an event with an id");
      deps.hooks.publishPluginClusterEvent(pluginId, { id: request.event.id, data: request.event.data });
      return {};
    }),
    CreateUser: handle(async (_pluginId, request) => {
      if (!request.user) throw invalid("CreateUser needs a user");
      const input = parseNewUser(fromWire(request.user));
      return { user: toWire((await deps.users.create(input)).user) };
    }),
    GetUser: handle((_pluginId, request) => ({ user: toWire(deps.users.get(request.userId)) })),
    GetUserByUsername: handle((_pluginId, request) => ({ user: toWire(deps.users.getByUsername(request.username)) })),
    CreateChannel: handle((_pluginId, request) => {
      if (!request.channel) throw invalid("CreateChannel needs a channel");
      const input = parseNewChannel(fromWire(request.channel));
      return { channel: toWire(deps.channels.create(input, request.channel.creatorId)) };
    }),
    GetChannel: handle((_pluginId, request) => ({ channel: toWire(deps.channels.get(request.channelId)) })),
    AddChannelMember: handle((_pluginId, request) => ({
      member: toWire(deps.channels.addMember(request.channelId, request.userId)),
    })),
    DeleteChannelMember: handle((_pluginId, request) => {
      deps.channels.removeMember(request.channelId, request.userId);
      return {};
    }),
    CreatePost: handle(async (_pluginId, request) => {
      if (!request.post) throw invalid("CreatePost needs a post");
      const { channel_id, message, user_id, root_id, type, props } = postFromWire(request.post);
      const input = parseNewPost({ channel_id, message, user_id, root_id, type, props });
      return { post: postToWire(await deps.posts.create(input)) };
    }),
    GetPost: handle((_pluginId, request) => ({ post: postToWire(deps.posts.get(request.postId)) })),
    UpdatePost: handle(async (_pluginId, request) => {
      if (!request.post?.id) throw invalid("UpdatePost needs a post with an id");
      const edit = postFromWire(request.post);
      return { post: postToWire(await deps.posts.update(edit.id, { message: edit.message, props: edit.props })) };
    }),
    DeletePost: handle((_pluginId, request) => {
      deps.posts.delete(request.postId);
      return {};
    }),
    GetPostsForChannel: handle((_pluginId, request) => ({
      posts: deps.posts.forChannel(request.channelId, request.page, request.perPage || 60).map(postToWire),
    })),
    RegisterCommand: handle((pluginId, request) => {
      const command = request.command;
      if (!command?.trigger) throw invalid("RegisterCommand needs a command with a trigger");
      deps.commands.register(pluginId, {
        trigger: command.trigger,
        display_name: command.displayName,
        description: command.description,
        auto_complete: command.autoComplete,
        auto_complete_desc: command.autoCompleteDesc,
        auto_complete_hint: command.autoCompleteHint,
      });
      return {};
    }),
    UnregisterCommand: handle((pluginId, request) => {
      deps.commands.unregister(pluginId, request.trigger);
      return {};
    }),
    AddReaction: handle((_pluginId, request) => {
      const r = request.reaction;
      if (!r) throw invalid("AddReaction needs a reaction");
      return { reaction: toWire(deps.reactions.add(r.userId, r.postId, r.emojiName)) };
    }),
    RemoveReaction: handle((_pluginId, request) => {
      const r = request.reaction;
      if (!r) throw invalid("RemoveReaction needs a reaction");
      deps.reactions.remove(r.userId, r.postId, r.emojiName);
      return {};
    }),
    GetReactions: handle((_pluginId, request) => ({
      reactions: deps.reactions.forPost(request.postId).map((reaction) => toWire(reaction)),
    })),
  };
}

/** Serves the API on `address` (e.g. `unix:/run/.../api.sock`); resolves once it listens. */
export async function startApiServer(address: string, deps: ApiDependencies): Promise<grpc.Server> {
  const server = new grpc.Server(CHANNEL_OPTIONS);
  server.addService(apiServiceDefinition(), apiHandlers(deps));
  await new Promise<number>((resolve, reject) =>
    server.bindAsync(
      address,
      grpc.ServerCredentials.createInsecure(),
      (error, port) => error ? reject(error) : resolve(port),
    )
  );
  return server;
}
