/**
 * Users: creation (with the UserHasBeenCreated hook), lookup, and the
 * personal access tokens requests are made with. A token is shown once at
 * creation and stored only as its SHA-256.
 *
 * @module
 */

import { HttpError } from "./errors.ts";
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

function invalid(field: string, problem: string): HttpError {
  return new HttpError(400, "invalid_argument", `Invalid user: field ${field} ${problem}`);
}

/** Checks untrusted JSON as a new user; throws a 400 naming the field. */
export function parseNewUser(json: unknown): NewUser {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw invalid("(body)", "must be a JSON object");
  }
  const body = json as Record<string, unknown>;
  const text = (field: string): string | undefined => {
    const value = body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw invalid(field, `must be a string, got ${typeof value}`);
    return value;
  };
  const username = text("username");
  if (!username) throw invalid("username", "is missing");
  if (!USERNAME_PATTERN.test(username)) {
    throw invalid(
      "username",
      `is ${JSON.stringify(username)}: use 3 to 22 lower-case letters, digits, ".", "-" or "_", starting with a letter`,
    );
  }
  if (body.is_bot !== undefined && typeof body.is_bot !== "boolean") throw invalid("is_bot", "must be true or false");
  return {
    username,
    email: text("email"),
    nickname: text("nickname"),
    first_name: text("first_name"),
    last_name: text("last_name"),
    is_bot: body.is_bot as boolean | undefined,
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
