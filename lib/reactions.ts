/**
 * Reactions to posts, with ReactionHasBeenAdded and ReactionHasBeenRemoved.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
import type { HookContext, Hooks } from "./hooks.ts";
import type { Reaction, Store } from "./store.ts";

const EMOJI_PATTERN = /^[a-z0-9_+\-]{1,64}$/;

export class Reactions {
  #store: Store;
  #hooks: Hooks;

  constructor(store: Store, hooks: Hooks) {
    this.#store = store;
    this.#hooks = hooks;
  }

  #check(userId: string, postId: string, emojiName: string): void {
    if (!EMOJI_PATTERN.test(emojiName)) {
      throw new HttpError(
        400,
        "invalid_argument",
        `Invalid reaction: emoji_name ${JSON.stringify(emojiName)}: use 1 to 64 of a-z, 0-9, "_", "+", "-"`,
      );
    }
    if (!this.#store.getUser(userId)) throw new HttpError(404, "not_found", `User ${userId} does not exist`);
    const post = this.#store.getPost(postId);
    if (!post || post.delete_at > 0) throw new HttpError(404, "not_found", `Post ${postId} does not exist`);
  }

  /** Adds a reaction (a repeat is a no-op); fires ReactionHasBeenAdded for a new one. */
  add(userId: string, postId: string, emojiName: string, context: HookContext = {}): Reaction {
    this.#check(userId, postId, emojiName);
    const reaction = { user_id: userId, post_id: postId, emoji_name: emojiName, create_at: Date.now() };
    const added = this.#store.addReaction(reaction);
    if (added) this.#hooks.background(this.#hooks.reactionHasBeenAdded(added, context));
    return added ?? this.#store.reactions(postId).find((r) => r.user_id === userId && r.emoji_name === emojiName)!;
  }

  /** Removes a reaction; fires ReactionHasBeenRemoved. */
  remove(userId: string, postId: string, emojiName: string, context: HookContext = {}): void {
    const removed = this.#store.removeReaction(userId, postId, emojiName);
    if (!removed) {
      throw new HttpError(404, "not_found", `User ${userId} has no ${emojiName} reaction on post ${postId}`);
    }
    this.#hooks.background(this.#hooks.reactionHasBeenRemoved(removed, context));
  }

  forPost(postId: string): Reaction[] {
    const post = this.#store.getPost(postId);
    if (!post || post.delete_at > 0) throw new HttpError(404, "not_found", `Post ${postId} does not exist`);
    return this.#store.reactions(postId);
  }
}
