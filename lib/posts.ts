/**
 * Posts: the app logic behind `POST /api/v4/posts` and the plugins'
 * `CreatePost`, with the hooks fired where Mattermost fires them.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
import { BodyFields } from "./fields.ts";
import type { HookContext, Hooks } from "./hooks.ts";
import { newId, type Post, type Store } from "./store.ts";

/** Longest message accepted, in characters (Mattermost's limit). */
export const MAX_MESSAGE_LENGTH = 16383;

export interface NewPost {
  channel_id: string;
  message: string;
  user_id?: string;
  root_id?: string;
  type?: string;
  props?: Record<string, unknown>;
}

/** Checks untrusted JSON as a new post; throws a 400 naming the field. */
export function parseNewPost(json: unknown): NewPost {
  const body = new BodyFields(json, "post");
  const channel_id = body.required("channel_id");
  if (channel_id.trim() === "") throw body.invalid("channel_id", "must not be empty");
  const message = body.required("message");
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw body.invalid("message", `is ${message.length} characters long; the limit is ${MAX_MESSAGE_LENGTH}`);
  }
  return {
    channel_id,
    message,
    user_id: body.text("user_id"),
    root_id: body.text("root_id"),
    type: body.text("type"),
    props: body.object("props"),
  };
}

export class Posts {
  #store: Store;
  #hooks: Hooks;

  constructor(store: Store, hooks: Hooks) {
    this.#store = store;
    this.#hooks = hooks;
  }

  /**
   * MessageWillBePosted (plugins may change or reject), save, then
   * MessageHasBeenPosted in the background. The channel must exist; a post
   * made as a user (`actorId`) is theirs and needs their membership, and a
   * named `user_id` must be a user.
   */
  async create(input: NewPost, context: HookContext = {}, actorId = ""): Promise<Post> {
    const channel = this.#store.getChannel(input.channel_id);
    if (!channel || channel.delete_at > 0) {
      throw new HttpError(404, "not_found", `Channel ${input.channel_id} does not exist; create it first`);
    }
    const userId = actorId || input.user_id || "";
    if (userId && !this.#store.getUser(userId)) throw new HttpError(404, "not_found", `User ${userId} does not exist`);
    if (actorId && !this.#store.isChannelMember(channel.id, actorId)) {
      throw new HttpError(
        403,
        "not_a_member",
        `User ${actorId} is not a member of channel ${channel.id}; join it first`,
      );
    }
    const now = Date.now();
    const draft: Post = {
      id: newId(),
      create_at: now,
      update_at: now,
      delete_at: 0,
      user_id: userId,
      channel_id: input.channel_id,
      root_id: input.root_id ?? "",
      message: input.message,
      type: input.type ?? "",
      props: input.props ?? {},
    };
    const result = await this.#hooks.messageWillBePosted(draft, context);
    if (result.rejected !== undefined) {
      throw new HttpError(
        400,
        "post_rejected",
        `Post rejected by plugin ${result.pluginId}: ${result.rejected}`,
      );
    }
    const post = result.post;
    this.#store.insertPost(post);
    this.#hooks.background(this.#hooks.messageHasBeenPosted(post, context));
    return post;
  }

  get(id: string): Post {
    const post = this.#store.getPost(id);
    if (!post || post.delete_at > 0) throw new HttpError(404, "not_found", `Post ${id} does not exist`);
    return post;
  }

  /**
   * Edits a post's message (and props): MessageWillBeUpdated (plugins may
   * change or reject the edit), save, then MessageHasBeenUpdated.
   */
  async update(
    id: string,
    edit: { message: string; props?: Record<string, unknown> },
    context: HookContext = {},
    actorId = "",
  ) {
    const old = this.#own(id, actorId, "edit");
    const draft: Post = { ...old, message: edit.message, props: edit.props ?? old.props, update_at: Date.now() };
    const result = await this.#hooks.messageWillBeUpdated(draft, old, context);
    if (result.rejected !== undefined) {
      throw new HttpError(400, "post_rejected", `Post edit rejected by plugin ${result.pluginId}: ${result.rejected}`);
    }
    this.#store.updatePost(result.post);
    this.#hooks.background(this.#hooks.messageHasBeenUpdated(result.post, old, context));
    return result.post;
  }

  /** Deletes a post (it is kept with delete_at set, as in Mattermost), then MessageHasBeenDeleted. */
  delete(id: string, context: HookContext = {}, actorId = ""): Post {
    const post = { ...this.#own(id, actorId, "delete"), delete_at: Date.now() };
    this.#store.updatePost(post);
    this.#hooks.background(this.#hooks.messageHasBeenDeleted(post, context));
    return post;
  }

  /** The post, checked to be the actor's when a user (rather than a plugin or an anonymous request) acts. */
  #own(id: string, actorId: string, action: string): Post {
    const post = this.get(id);
    if (actorId && post.user_id !== actorId) {
      throw new HttpError(403, "forbidden", `User ${actorId} may not ${action} post ${id}, which is not theirs`);
    }
    return post;
  }

  /** A channel's posts, newest first. */
  forChannel(channelId: string, page: number, perPage: number): Post[] {
    if (!Number.isInteger(page) || page < 0) {
      throw new HttpError(400, "invalid_argument", `page must be 0 or more, got ${page}`);
    }
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 200) {
      throw new HttpError(400, "invalid_argument", `per_page must be between 1 and 200, got ${perPage}`);
    }
    return this.#store.postsForChannel(channelId, page, perPage);
  }
}
