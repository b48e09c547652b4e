/**
 * Users: creation (with the UserHasBeenCreated hook), lookup, and the
 * personal access tokens requests are made with. A token is shown once at
 * creation and stored only as its SHA-256.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
import { BodyFields } from "./fields.ts";
import { encodeHex } from "./hex.ts";
import type { HookContext, Hooks } from "./hooks.ts";
import { newId, type Store, type User } from "./store.ts";

/** Mattermost's rule: 3 to 22 characters, a lower-case letter first, then lower-case letters, digits, ".", "-", "_". */
const USERNAME_PATTERN = /^[a-z][a-z0-9.\-_]{2,21}$/;

export interface NewUser {
  username: string;
  email?: string;
  nickname?: string;
  first_name?: string;
  last_name?: string;
  is_bot?: boolean;
}

/** Checks untrusted JSON as a new user; throws a 400 naming the field. */
export function parseNewUser(json: unknown): NewUser {
  const body = new BodyFields(json, "user");
  const username = body.required("username");
  if (!USERNAME_PATTERN.test(username)) {
    throw body.invalid(
      "username",
      `is ${JSON.stringify(username)}: use 3 to 22 lower-case letters, digits, ".", "-" or "_", starting with a letter`,
    );
  }
  return {
    username,
    email: body.text("email"),
    nickname: body.text("nickname"),
    first_name: body.text("first_name"),
    last_name: body.text("last_name"),
    is_bot: body.flag("is_bot"),
  };
}

async function hashToken(token: string): Promise<string> {
  return encodeHex(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token))));
}

export class Users {
  #store: Store;
  #hooks: Hooks;

  constructor(store: Store, hooks: Hooks) {
    this.#store = store;
    this.#hooks = hooks;
  }

  /** Creates a user and its access token (returned once), then fires UserHasBeenCreated. */
  async create(input: NewUser, context: HookContext = {}): Promise<{ user: User; token: string }> {
    if (this.#store.getUserByUsername(input.username)) {
      throw new HttpError(409, "username_taken", `The username ${input.username} is taken`);
    }
    const now = Date.now();
    const user: User = {
      id: newId(),
      username: input.username,
      email: input.email ?? "",
      nickname: input.nickname ?? "",
      first_name: input.first_name ?? "",
      last_name: input.last_name ?? "",
      is_bot: input.is_bot ?? false,
      create_at: now,
      update_at: now,
      delete_at: 0,
    };
    const token = encodeHex(crypto.getRandomValues(new Uint8Array(24)));
    this.#store.insertUser(user, await hashToken(token));
    this.#hooks.background(this.#hooks.userHasBeenCreated(user, context));
    return { user, token };
  }

  get(id: string): User {
    const user = this.#store.getUser(id);
    if (!user) throw new HttpError(404, "not_found", `User ${id} does not exist`);
    return user;
  }

  getByUsername(username: string): User {
    const user = this.#store.getUserByUsername(username);
    if (!user) throw new HttpError(404, "not_found", `No user has the username ${username}`);
    return user;
  }

  /** The user a bearer token belongs to; a 401 for a token nobody has. */
  async authenticate(token: string): Promise<User> {
    const user = this.#store.getUserByTokenHash(await hashToken(token));
    if (!user || user.delete_at > 0) {
      throw new HttpError(401, "unauthorized", "The access token is not valid; create a user to get one");
    }
    return user;
  }
}
