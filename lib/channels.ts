/**
 * Channels and their members, with the hooks Mattermost fires for them:
 * ChannelHasBeenCreated, UserHasJoinedChannel, UserHasLeftChannel.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
import { BodyFields } from "./fields.ts";
import type { HookContext, Hooks } from "./hooks.ts";
import { type Channel, type ChannelMember, newId, type Store } from "./store.ts";

const NAME_PATTERN = /^[a-z0-9][a-z0-9\-_]{0,63}$/;

export interface NewChannel {
  name: string;
  display_name: string;
  type: "O" | "P";
  purpose?: string;
}

/** Checks untrusted JSON as a new channel; throws a 400 naming the field. */
export function parseNewChannel(json: unknown): NewChannel {
  const body = new BodyFields(json, "channel");
  const name = body.required("name");
  if (!NAME_PATTERN.test(name)) {
    throw body.invalid("name", `is ${JSON.stringify(name)}: use 1 to 64 lower-case letters, digits, "-" or "_"`);
  }
  const display_name = body.text("display_name") || name;
  if (display_name.length > 64) throw body.invalid("display_name", "is longer than 64 characters");
  const type = body.text("type") || "O";
  if (type !== "O" && type !== "P") {
    throw body.invalid("type", `is ${JSON.stringify(type)}: use "O" (open) or "P" (private)`);
  }
  return { name, display_name, type, purpose: body.text("purpose") };
}

export class Channels {
  #store: Store;
  #hooks: Hooks;

  constructor(store: Store, hooks: Hooks) {
    this.#store = store;
    this.#hooks = hooks;
  }

  /** Creates a channel (its creator becomes a member), then fires ChannelHasBeenCreated. */
  create(input: NewChannel, creatorId: string, context: HookContext = {}): Channel {
    if (this.#store.getChannelByName(input.name)) {
      throw new HttpError(409, "channel_exists", `A channel named ${input.name} already exists`);
    }
    if (creatorId) this.#requireUser(creatorId);
    const now = Date.now();
    const channel: Channel = {
      id: newId(),
      name: input.name,
      display_name: input.display_name,
      type: input.type,
      purpose: input.purpose ?? "",
      creator_id: creatorId,
      create_at: now,
      update_at: now,
      delete_at: 0,
    };
    this.#store.insertChannel(channel);
    if (creatorId) this.#store.addChannelMember(channel.id, creatorId, now);
    this.#hooks.background(this.#hooks.channelHasBeenCreated(channel, context));
    return channel;
  }

  get(id: string): Channel {
    const channel = this.#store.getChannel(id);
    if (!channel) throw new HttpError(404, "not_found", `Channel ${id} does not exist`);
    return channel;
  }

  members(id: string): string[] {
    this.get(id);
    return this.#store.channelMemberIds(id);
  }

  #requireUser(id: string) {
    const user = this.#store.getUser(id);
    if (!user) throw new HttpError(404, "not_found", `User ${id} does not exist`);
    return user;
  }

  /** Adds `userId` (by `actorId`, or themselves); fires UserHasJoinedChannel when they were not a member. */
  addMember(channelId: string, userId: string, actorId = "", context: HookContext = {}): ChannelMember {
    this.get(channelId);
    this.#requireUser(userId);
    const actor = actorId && actorId !== userId ? this.#requireUser(actorId) : undefined;
    const member = this.#store.addChannelMember(channelId, userId, Date.now());
    if (!member) {
      throw new HttpError(409, "already_member", `User ${userId} is already a member of channel ${channelId}`);
    }
    this.#hooks.background(this.#hooks.userHasJoinedChannel(member, actor, context));
    return member;
  }

  /** Removes `userId` (by `actorId`, or themselves); fires UserHasLeftChannel. */
  removeMember(channelId: string, userId: string, actorId = "", context: HookContext = {}): void {
    this.get(channelId);
    const actor = actorId && actorId !== userId ? this.#requireUser(actorId) : undefined;
    const member = this.#store.removeChannelMember(channelId, userId);
    if (!member) throw new HttpError(404, "not_found", `User ${userId} is not a member of channel ${channelId}`);
    this.#hooks.background(this.#hooks.userHasLeftChannel(member, actor, context));
  }
}
