/**
 * Slash commands: plugins register triggers; `/trigger args` executed in a
 * channel runs the owning plugin's ExecuteCommand, and an "in_channel"
 * answer is posted to the channel.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
import type { HookContext } from "./hooks.ts";
import type { PluginManager } from "./plugins.ts";
import type { Posts } from "./posts.ts";
import { HookAppError, structToJson } from "./rpc.ts";
import type { Command, Store } from "./store.ts";
import type { ExecuteCommandResponse__Output } from "./generated/plughost/v1/ExecuteCommandResponse.ts";

const TRIGGER_PATTERN = /^[a-z0-9][a-z0-9_\-]{0,127}$/;
/** Triggers the host keeps for itself, as Mattermost does for its built-ins. */
const RESERVED = new Set(["help", "join", "leave", "me", "msg", "shrug"]);

export interface CommandResult {
  response_type: "ephemeral" | "in_channel";
  text: string;
  props: Record<string, unknown>;
  /** The post an "in_channel" answer became. */
  post_id?: string;
}

export class Commands {
  #store: Store;
  #manager: PluginManager;
  #posts: Posts;
  #timeoutMs: number;

  constructor(store: Store, manager: PluginManager, posts: Posts, timeoutMs = 30_000) {
    this.#store = store;
    this.#manager = manager;
    this.#posts = posts;
    this.#timeoutMs = timeoutMs;
  }

  /** Registers (or updates) a trigger for `pluginId`; another plugin's trigger is a 409. */
  register(pluginId: string, command: Omit<Command, "plugin_id">): void {
    const trigger = command.trigger.replace(/^\//, "");
    if (!TRIGGER_PATTERN.test(trigger)) {
      throw new HttpError(
        400,
        "invalid_argument",
        `Invalid command trigger ${JSON.stringify(command.trigger)}: use lower-case letters, digits, "-" and "_"`,
      );
    }
    if (RESERVED.has(trigger)) throw new HttpError(409, "command_exists", `The trigger /${trigger} is built in`);
    const existing = this.#store.getCommand(trigger);
    if (existing && existing.plugin_id !== pluginId) {
      throw new HttpError(
        409,
        "command_exists",
        `The trigger /${trigger} is registered by plugin ${existing.plugin_id}`,
      );
    }
    this.#store.saveCommand({ ...command, trigger, plugin_id: pluginId });
  }

  unregister(pluginId: string, trigger: string): void {
    const existing = this.#store.getCommand(trigger.replace(/^\//, ""));
    if (!existing || existing.plugin_id !== pluginId) {
      throw new HttpError(404, "not_found", `This plugin has no command /${trigger.replace(/^\//, "")}`);
    }
    this.#store.deleteCommand(existing.trigger);
  }

  list(): Command[] {
    return this.#store.commands();
  }

  /** Runs `/trigger ...` typed in `channelId` by `userId`. */
  async execute(
    input: { channel_id: string; command: string; root_id?: string },
    userId: string,
    context: HookContext = {},
  ): Promise<CommandResult> {
    const trigger = /^\/(\S+)/.exec(input.command.trim())?.[1]?.toLowerCase();
    if (!trigger) {
      throw new HttpError(
        400,
        "invalid_argument",
        `A command starts with "/" and a trigger, got ${JSON.stringify(input.command)}`,
      );
    }
    const command = this.#store.getCommand(trigger);
    if (!command) throw new HttpError(404, "command_not_found", `No command has the trigger /${trigger}`);
    const plugin = this.#manager.running(command.plugin_id);
    if (!plugin?.implemented.has("ExecuteCommand")) {
      throw new HttpError(
        503,
        "plugin_unavailable",
        `Plugin ${command.plugin_id}, which handles /${trigger}, is not running`,
      );
    }
    const args = { userId, channelId: input.channel_id, rootId: input.root_id ?? "", command: input.command.trim() };
    let response: ExecuteCommandResponse__Output;
    try {
      response = await plugin.call<ExecuteCommandResponse__Output>(
        (metadata, options, done) => plugin.client.ExecuteCommand({ context, args }, metadata, options, done),
        this.#timeoutMs,
      );
    } catch (error) {
      throw new HttpError(
        502,
        "plugin_failed",
        `Plugin ${command.plugin_id} failed to run /${trigger}: ${(error as Error).message}`,
      );
    }
    if (response.error) {
      throw new HttpError(
        response.error.statusCode >= 400 && response.error.statusCode < 600 ? response.error.statusCode : 500,
        "command_failed",
        new HookAppError("ExecuteCommand", response.error).message,
      );
    }
    const answer = response.response;
    const result: CommandResult = {
      response_type: answer?.responseType === "in_channel" ? "in_channel" : "ephemeral",
      text: answer?.text ?? "",
      props: structToJson(answer?.props),
    };
    if (result.response_type === "in_channel" && result.text) {
      const post = await this.#posts.create(
        { channel_id: input.channel_id, message: result.text, root_id: input.root_id, props: result.props },
        context,
        userId,
      );
      result.post_id = post.id;
    }
    return result;
  }
}
