/**
 * Firing one hook across all active plugins, as Mattermost does for Go
 * plugins: "will" hooks run one plugin after another in plugin id order and
 * may change or reject what is about to happen; "has been" hooks are
 * notifications sent to every implementing plugin at once. A plugin that
 * fails or times out is logged and skipped (fail open): one broken plugin
 * never blocks the others.
 *
 * @module
 */

import { describeError } from "./errors.ts";
import type { Logger } from "./log.ts";
import type { PluginManager } from "./plugins.ts";
import { postFromWire, postToWire, toWire } from "./rpc.ts";
import type * as grpc from "@grpc/grpc-js";
import type { PluginProcess } from "./supervisor.ts";
import type { AppError__Output } from "./generated/plughost/v1/AppError.ts";
import type { Channel, ChannelMember, Post, Reaction, User } from "./store.ts";
import type { Context } from "./generated/plughost/v1/Context.ts";
import type { MessageWillBePostedResponse__Output } from "./generated/plughost/v1/MessageWillBePostedResponse.ts";

/** What a "will" hook answers (MessageWillBePosted and MessageWillBeUpdated share the shape). */
type WillResponse = MessageWillBePostedResponse__Output;
import type { OnConfigurationChangeResponse__Output } from "./generated/plughost/v1/OnConfigurationChangeResponse.ts";
import type { OnInstallResponse__Output } from "./generated/plughost/v1/OnInstallResponse.ts";
import type { OnPluginClusterEventResponse__Output } from "./generated/plughost/v1/OnPluginClusterEventResponse.ts";

export type HookContext = Context;

export const DEFAULT_HOOK_TIMEOUT_MS = 30_000;

/** How long one hook call may take: `default`, and per hook name. */
export interface HookTimeouts {
  default?: number;
  [hook: string]: number | undefined;
}

export type WillBePostedResult =
  | { post: Post; rejected?: undefined }
  | { rejected: string; pluginId: string };

export class Hooks {
  #manager: PluginManager;
  #logger: Logger;
  #timeouts: HookTimeouts;
  #background = new Set<Promise<void>>();

  constructor(manager: PluginManager, logger: Logger, timeouts: HookTimeouts = {}) {
    this.#manager = manager;
    this.#logger = logger;
    this.#timeouts = timeouts;
  }

  #timeout(hook: string): number {
    return this.#timeouts[hook] ?? this.#timeouts.default ?? DEFAULT_HOOK_TIMEOUT_MS;
  }

  /** Runs MessageWillBePosted through each plugin in turn; each sees the previous one's changes. */
  messageWillBePosted(post: Post, context: HookContext): Promise<WillBePostedResult> {
    return this.#willChain(
      "MessageWillBePosted",
      post,
      (plugin, current, metadata, options, done) =>
        plugin.client.MessageWillBePosted({ context, post: postToWire(current) }, metadata, options, done),
    );
  }

  /** Runs MessageWillBeUpdated through each plugin in turn, as MessageWillBePosted. */
  messageWillBeUpdated(newPost: Post, oldPost: Post, context: HookContext): Promise<WillBePostedResult> {
    const old = postToWire(oldPost);
    return this.#willChain(
      "MessageWillBeUpdated",
      newPost,
      (plugin, current, metadata, options, done) =>
        plugin.client.MessageWillBeUpdated(
          { context, newPost: postToWire(current), oldPost: old },
          metadata,
          options,
          done,
        ),
    );
  }

  /**
   * A "will" hook: plugins in id order, each may replace the post (what it
   * says, not which post it is) or reject it; failures are logged and skipped.
   */
  async #willChain(
    hook: string,
    post: Post,
    send: (
      plugin: PluginProcess,
      current: Post,
      metadata: grpc.Metadata,
      options: grpc.CallOptions,
      done: grpc.requestCallback<WillResponse>,
    ) => unknown,
  ): Promise<WillBePostedResult> {
    let current = post;
    for (const plugin of this.#manager.implementing(hook)) {
      try {
        const response = await plugin.call<WillResponse>(
          (metadata, options, done) => send(plugin, current, metadata, options, done),
          this.#timeout(hook),
        );
        if (response.error) {
          this.#hookFailed(plugin.id, hook, response.error.message);
          continue;
        }
        if (response.rejectionReason) return { rejected: response.rejectionReason, pluginId: plugin.id };
        if (response.post) {
          const changed = postFromWire(response.post);
          current = {
            ...changed,
            id: current.id,
            create_at: current.create_at,
            update_at: current.update_at,
            delete_at: current.delete_at,
            channel_id: current.channel_id,
          };
        }
      } catch (error) {
        this.#hookFailed(plugin.id, hook, describeError(error));
      }
    }
    return { post: current };
  }

  messageHasBeenUpdated(newPost: Post, oldPost: Post, context: HookContext): Promise<void> {
    const request = { context, newPost: postToWire(newPost), oldPost: postToWire(oldPost) };
    return this.#notifyAll(
      "MessageHasBeenUpdated",
      (plugin, metadata, options, done) => plugin.client.MessageHasBeenUpdated(request, metadata, options, done),
    );
  }

  messageHasBeenDeleted(post: Post, context: HookContext): Promise<void> {
    const request = { context, post: postToWire(post) };
    return this.#notifyAll(
      "MessageHasBeenDeleted",
      (plugin, metadata, options, done) => plugin.client.MessageHasBeenDeleted(request, metadata, options, done),
    );
  }

  reactionHasBeenAdded(reaction: Reaction, context: HookContext): Promise<void> {
    const request = { context, reaction: toWire(reaction) };
    return this.#notifyAll(
      "ReactionHasBeenAdded",
      (plugin, metadata, options, done) => plugin.client.ReactionHasBeenAdded(request, metadata, options, done),
    );
  }

  reactionHasBeenRemoved(reaction: Reaction, context: HookContext): Promise<void> {
    const request = { context, reaction: toWire(reaction) };
    return this.#notifyAll(
      "ReactionHasBeenRemoved",
      (plugin, metadata, options, done) => plugin.client.ReactionHasBeenRemoved(request, metadata, options, done),
    );
  }

  /** Sends MessageHasBeenPosted to every implementing plugin concurrently. */
  messageHasBeenPosted(post: Post, context: HookContext): Promise<void> {
    const request = { context, post: postToWire(post) };
    return this.#notifyAll(
      "MessageHasBeenPosted",
      (plugin, metadata, options, done) => plugin.client.MessageHasBeenPosted(request, metadata, options, done),
    );
  }

  userHasBeenCreated(user: User, context: HookContext): Promise<void> {
    const request = { context, user: toWire(user) };
    return this.#notifyAll(
      "UserHasBeenCreated",
      (plugin, metadata, options, done) => plugin.client.UserHasBeenCreated(request, metadata, options, done),
    );
  }

  channelHasBeenCreated(channel: Channel, context: HookContext): Promise<void> {
    const request = { context, channel: toWire(channel) };
    return this.#notifyAll(
      "ChannelHasBeenCreated",
      (plugin, metadata, options, done) => plugin.client.ChannelHasBeenCreated(request, metadata, options, done),
    );
  }

  userHasJoinedChannel(member: ChannelMember, actor: User | undefined, context: HookContext): Promise<void> {
    const request = { context, member: toWire(member), actor: actor ? toWire(actor) : null };
    return this.#notifyAll(
      "UserHasJoinedChannel",
      (plugin, metadata, options, done) => plugin.client.UserHasJoinedChannel(request, metadata, options, done),
    );
  }

  userHasLeftChannel(member: ChannelMember, actor: User | undefined, context: HookContext): Promise<void> {
    const request = { context, member: toWire(member), actor: actor ? toWire(actor) : null };
    return this.#notifyAll(
      "UserHasLeftChannel",
      (plugin, metadata, options, done) => plugin.client.UserHasLeftChannel(request, metadata, options, done),
    );
  }

  /** A notification hook to every implementing plugin at once; failures are logged. */
  async #notifyAll(
    hook: string,
    send: (
      plugin: PluginProcess,
      metadata: grpc.Metadata,
      options: grpc.CallOptions,
      done: grpc.requestCallback<{ error: AppError__Output | null }>,
    ) => unknown,
  ): Promise<void> {
    const timeout = this.#timeout(hook);
    await Promise.all(
      this.#manager.implementing(hook).map(async (plugin) => {
        try {
          const response = await plugin.call<{ error: AppError__Output | null }>(
            (metadata, options, done) => send(plugin, metadata, options, done),
            timeout,
          );
          if (response.error) this.#hookFailed(plugin.id, hook, response.error.message);
        } catch (error) {
          this.#hookFailed(plugin.id, hook, describeError(error));
        }
      }),
    );
  }

  /** OnConfigurationChange for one plugin; resolves to its error, if it reported one. */
  async onConfigurationChange(pluginId: string): Promise<string | undefined> {
    const plugin = this.#manager.running(pluginId);
    if (!plugin?.implemented.has("OnConfigurationChange")) return undefined;
    try {
      const response = await plugin.call<OnConfigurationChangeResponse__Output>(
        (metadata, options, done) => plugin.client.OnConfigurationChange({}, metadata, options, done),
        this.#timeout("OnConfigurationChange"),
      );
      if (!response.error) return undefined;
      this.#hookFailed(pluginId, "OnConfigurationChange", response.error.message);
      return response.error.message;
    } catch (error) {
      this.#hookFailed(pluginId, "OnConfigurationChange", describeError(error));
      return describeError(error);
    }
  }

  /** OnInstall for one plugin that was just installed and activated. */
  async onInstall(pluginId: string, userId: string, context: HookContext = {}): Promise<void> {
    const plugin = this.#manager.running(pluginId);
    if (!plugin?.implemented.has("OnInstall")) return;
    try {
      const response = await plugin.call<OnInstallResponse__Output>(
        (metadata, options, done) => plugin.client.OnInstall({ context, userId }, metadata, options, done),
        this.#timeout("OnInstall"),
      );
      if (response.error) this.#hookFailed(pluginId, "OnInstall", response.error.message);
    } catch (error) {
      this.#hookFailed(pluginId, "OnInstall", describeError(error));
    }
  }

  /**
   * Delivers a cluster event a plugin published. On a single host the only
   * instance of the plugin is the publisher itself. Delivery is in the
   * background, as in Mattermost; `drain()` waits for it.
   */
  publishPluginClusterEvent(pluginId: string, event: { id: string; data: Uint8Array }): void {
    const plugin = this.#manager.running(pluginId);
    if (!plugin?.implemented.has("OnPluginClusterEvent")) return;
    this.background((async () => {
      try {
        const response = await plugin.call<OnPluginClusterEventResponse__Output>(
          (metadata, options, done) =>
            plugin.client.OnPluginClusterEvent({ context: {}, event }, metadata, options, done),
          this.#timeout("OnPluginClusterEvent"),
        );
        if (response.error) this.#hookFailed(pluginId, "OnPluginClusterEvent", response.error.message);
      } catch (error) {
        this.#hookFailed(pluginId, "OnPluginClusterEvent", describeError(error));
      }
    })());
  }

  /** Tracks a hook delivery that nobody awaits, so a shutdown can wait for it. */
  background(delivery: Promise<void>): void {
    this.#background.add(delivery);
    delivery.finally(() => this.#background.delete(delivery));
  }

  /** Waits for deliveries still under way (before plugins stop). */
  async drain(): Promise<void> {
    while (this.#background.size > 0) await Promise.all(this.#background);
  }

  #hookFailed(pluginId: string, hook: string, error: string): void {
    this.#logger.warn("hook failed; continuing without this plugin", { plugin: pluginId, hook, error });
  }
}
