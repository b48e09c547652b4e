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
import { postFromWire, postToWire } from "./rpc.ts";
import type { Post } from "./store.ts";
import type { Context } from "./generated/plughost/v1/Context.ts";
import type { MessageWillBePostedResponse__Output } from "./generated/plughost/v1/MessageWillBePostedResponse.ts";
import type { MessageHasBeenPostedResponse__Output } from "./generated/plughost/v1/MessageHasBeenPostedResponse.ts";

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

  constructor(manager: PluginManager, logger: Logger, timeouts: HookTimeouts = {}) {
    this.#manager = manager;
    this.#logger = logger;
    this.#timeouts = timeouts;
  }

  #timeout(hook: string): number {
    return this.#timeouts[hook] ?? this.#timeouts.default ?? DEFAULT_HOOK_TIMEOUT_MS;
  }

  /** Runs MessageWillBePosted through each plugin in turn; each sees the previous one's changes. */
  async messageWillBePosted(post: Post, context: HookContext): Promise<WillBePostedResult> {
    let current = post;
    for (const plugin of this.#manager.implementing("MessageWillBePosted")) {
      try {
        const request = { context, post: postToWire(current) };
        const response = await plugin.call<MessageWillBePostedResponse__Output>(
          (metadata, options, done) => plugin.client.MessageWillBePosted(request, metadata, options, done),
          this.#timeout("MessageWillBePosted"),
        );
        if (response.error) {
          this.#hookFailed(plugin.id, "MessageWillBePosted", response.error.message);
          continue;
        }
        if (response.rejectionReason) return { rejected: response.rejectionReason, pluginId: plugin.id };
        if (response.post) {
          // Plugins may change what a post says, not which post it is.
          const changed = postFromWire(response.post);
          current = { ...changed, id: current.id, create_at: current.create_at, update_at: current.update_at };
        }
      } catch (error) {
        this.#hookFailed(plugin.id, "MessageWillBePosted", describeError(error));
      }
    }
    return { post: current };
  }

  /** Sends MessageHasBeenPosted to every implementing plugin concurrently. */
  async messageHasBeenPosted(post: Post, context: HookContext): Promise<void> {
    const wire = postToWire(post);
    await Promise.all(
      this.#manager.implementing("MessageHasBeenPosted").map(async (plugin) => {
        try {
          const response = await plugin.call<MessageHasBeenPostedResponse__Output>(
            (metadata, options, done) =>
              plugin.client.MessageHasBeenPosted({ context, post: wire }, metadata, options, done),
            this.#timeout("MessageHasBeenPosted"),
          );
          if (response.error) this.#hookFailed(plugin.id, "MessageHasBeenPosted", response.error.message);
        } catch (error) {
          this.#hookFailed(plugin.id, "MessageHasBeenPosted", describeError(error));
        }
      }),
    );
  }

  #hookFailed(pluginId: string, hook: string, error: string): void {
    this.#logger.warn("hook failed; continuing without this plugin", { plugin: pluginId, hook, error });
  }
}
