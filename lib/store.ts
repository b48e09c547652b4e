/**
 * Durable state in one SQLite file (node:sqlite, no native addon): posts and
 * each plugin's key-value namespace. Knows nothing of gRPC or HTTP.
 *
 * @module
 */

import { DatabaseSync, type StatementSync } from "node:sqlite";
import { join } from "node:path";
import { PlughostError } from "./errors.ts";

/** A post as stored; JSON-friendly, snake_case as the app API speaks it. */
export interface Post {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  user_id: string;
  channel_id: string;
  root_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
}

export interface User {
  id: string;
  username: string;
  email: string;
  nickname: string;
  first_name: string;
  last_name: string;
  is_bot: boolean;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface Channel {
  id: string;
  name: string;
  display_name: string;
  /** "O" open, "P" private. */
  type: string;
  purpose: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
}

export interface ChannelMember {
  channel_id: string;
  user_id: string;
  create_at: number;
}

export interface Reaction {
  user_id: string;
  post_id: string;
  emoji_name: string;
  create_at: number;
}

export interface Command {
  trigger: string;
  plugin_id: string;
  display_name: string;
  description: string;
  auto_complete: boolean;
  auto_complete_desc: string;
  auto_complete_hint: string;
}

export const DATABASE_FILE = "plughost.db";

const USER_COLUMNS = "id, username, email, nickname, first_name, last_name, is_bot, create_at, update_at, delete_at";

function userFromRow(row: Record<string, unknown> | undefined): User | undefined {
  return row ? { ...row, is_bot: row.is_bot === 1 } as unknown as User : undefined;
}

// Each entry upgrades the schema by one version; never edit a released entry.
const MIGRATIONS: string[] = [
  `CREATE TABLE posts (
     id TEXT PRIMARY KEY,
     create_at INTEGER NOT NULL,
     update_at INTEGER NOT NULL,
     delete_at INTEGER NOT NULL DEFAULT 0,
     user_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     root_id TEXT NOT NULL DEFAULT '',
     message TEXT NOT NULL,
     type TEXT NOT NULL DEFAULT '',
     props TEXT NOT NULL DEFAULT '{}'
   );
   CREATE INDEX posts_channel ON posts (channel_id, create_at);
   CREATE TABLE plugin_kv (
     plugin_id TEXT NOT NULL,
     key TEXT NOT NULL,
     value BLOB NOT NULL,
     PRIMARY KEY (plugin_id, key)
   );`,
  `CREATE TABLE plugin_states (
     plugin_id TEXT PRIMARY KEY,
     enabled INTEGER NOT NULL
   );`,
  // Milliseconds since the epoch after which a key is gone; 0 never expires.
  `ALTER TABLE plugin_kv ADD COLUMN expire_at INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX plugin_kv_expiry ON plugin_kv (expire_at) WHERE expire_at > 0;`,
  `CREATE TABLE plugin_configs (
     plugin_id TEXT PRIMARY KEY,
     config TEXT NOT NULL
   );`,
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL UNIQUE,
     email TEXT NOT NULL DEFAULT '',
     nickname TEXT NOT NULL DEFAULT '',
     first_name TEXT NOT NULL DEFAULT '',
     last_name TEXT NOT NULL DEFAULT '',
     is_bot INTEGER NOT NULL DEFAULT 0,
     create_at INTEGER NOT NULL,
     update_at INTEGER NOT NULL,
     delete_at INTEGER NOT NULL DEFAULT 0,
     token_hash TEXT UNIQUE
   );
   CREATE TABLE channels (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE,
     display_name TEXT NOT NULL,
     type TEXT NOT NULL DEFAULT 'O',
     purpose TEXT NOT NULL DEFAULT '',
     creator_id TEXT NOT NULL DEFAULT '',
     create_at INTEGER NOT NULL,
     update_at INTEGER NOT NULL,
     delete_at INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE channel_members (
     channel_id TEXT NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     create_at INTEGER NOT NULL,
     PRIMARY KEY (channel_id, user_id)
   );`,
  `CREATE TABLE reactions (
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
     emoji_name TEXT NOT NULL,
     create_at INTEGER NOT NULL,
     PRIMARY KEY (user_id, post_id, emoji_name)
   );`,
  `CREATE TABLE commands (
     trigger TEXT PRIMARY KEY,
     plugin_id TEXT NOT NULL,
     display_name TEXT NOT NULL DEFAULT '',
     description TEXT NOT NULL DEFAULT '',
     auto_complete INTEGER NOT NULL DEFAULT 0,
     auto_complete_desc TEXT NOT NULL DEFAULT '',
     auto_complete_hint TEXT NOT NULL DEFAULT ''
   );`,
];

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const ID_ALPHABET = "ybndrfg8ejkmcpqxot1uwisza345h769";

/** A 26-character id in Mattermost's style (random 128 bits, base32). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(17));
  let id = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      id += ID_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return id;
}

export class Store {
  #db: DatabaseSync;
  #statements = new Map<string, StatementSync>();

  private constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Opens (creating on first start) `DIR/plughost.db` and brings its schema up to date. */
  static async open(dataDir: string): Promise<Store> {
    await Deno.mkdir(dataDir, { recursive: true });
    const path = join(dataDir, DATABASE_FILE);
    let db: DatabaseSync;
    try {
      db = new DatabaseSync(path);
    } catch (error) {
      throw new PlughostError(
        "store_unavailable",
        `Cannot open the database ${path}: ${
          (error as Error).message
        }; check that --data points to a writable directory`,
        { cause: error },
      );
    }
    db.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
    const store = new Store(db);
    store.#migrate();
    return store;
  }

  #migrate(): void {
    const db = this.#db;
    const current = (db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version;
    if (current > MIGRATIONS.length) {
      throw new PlughostError(
        "store_too_new",
        `The database schema is version ${current}, newer than this plughost understands (${MIGRATIONS.length}); upgrade plughost`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      db.exec("BEGIN");
      try {
        db.exec(MIGRATIONS[version]);
        db.exec(`PRAGMA user_version = ${version + 1}`);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    }
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }

  /** A prepared statement, compiled once per SQL text and reused (requests run the same few). */
  #prepare(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  insertPost(post: Post): void {
    this.#prepare(
      `INSERT INTO posts (id, create_at, update_at, delete_at, user_id, channel_id, root_id, message, type, props)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      post.id,
      post.create_at,
      post.update_at,
      post.delete_at,
      post.user_id,
      post.channel_id,
      post.root_id,
      post.message,
      post.type,
      JSON.stringify(post.props),
    );
  }

  getPost(id: string): Post | undefined {
    const row = this.#prepare("SELECT * FROM posts WHERE id = ?").get(id) as
      | (Omit<Post, "props"> & { props: string })
      | undefined;
    if (!row) return undefined;
    return { ...row, props: JSON.parse(row.props) };
  }

  /** Enabled flags the operator set; plugins without one are enabled. */
  pluginStates(): Map<string, boolean> {
    const rows = this.#prepare("SELECT plugin_id, enabled FROM plugin_states").all() as {
      plugin_id: string;
      enabled: number;
    }[];
    return new Map(rows.map((row) => [row.plugin_id, row.enabled === 1]));
  }

  setPluginEnabled(pluginId: string, enabled: boolean): void {
    this.#prepare(
      "INSERT INTO plugin_states (plugin_id, enabled) VALUES (?, ?) ON CONFLICT (plugin_id) DO UPDATE SET enabled = excluded.enabled",
    ).run(pluginId, enabled ? 1 : 0);
  }

  deletePluginState(pluginId: string): void {
    this.#prepare("DELETE FROM plugin_states WHERE plugin_id = ?").run(pluginId);
  }

  insertUser(user: User, tokenHash: string | null): void {
    this.#prepare(
      `INSERT INTO users (${USER_COLUMNS}, token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      user.id,
      user.username,
      user.email,
      user.nickname,
      user.first_name,
      user.last_name,
      user.is_bot ? 1 : 0,
      user.create_at,
      user.update_at,
      user.delete_at,
      tokenHash,
    );
  }

  getUser(id: string): User | undefined {
    return userFromRow(this.#prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).get(id));
  }

  getUserByUsername(username: string): User | undefined {
    return userFromRow(this.#prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`).get(username));
  }

  getUserByTokenHash(tokenHash: string): User | undefined {
    return userFromRow(this.#prepare(`SELECT ${USER_COLUMNS} FROM users WHERE token_hash = ?`).get(tokenHash));
  }

  insertChannel(channel: Channel): void {
    this.#prepare(
      `INSERT INTO channels (id, name, display_name, type, purpose, creator_id, create_at, update_at, delete_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      channel.id,
      channel.name,
      channel.display_name,
      channel.type,
      channel.purpose,
      channel.creator_id,
      channel.create_at,
      channel.update_at,
      channel.delete_at,
    );
  }

  getChannel(id: string): Channel | undefined {
    return this.#prepare("SELECT * FROM channels WHERE id = ?").get(id) as Channel | undefined;
  }

  getChannelByName(name: string): Channel | undefined {
    return this.#prepare("SELECT * FROM channels WHERE name = ?").get(name) as Channel | undefined;
  }

  /** Adds a member; returns undefined when the user already was one. */
  addChannelMember(channelId: string, userId: string, now: number): ChannelMember | undefined {
    const result = this.#prepare(
      "INSERT INTO channel_members (channel_id, user_id, create_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    ).run(channelId, userId, now);
    return Number(result.changes) === 1 ? { channel_id: channelId, user_id: userId, create_at: now } : undefined;
  }

  /** Removes a member; returns the membership that was removed, if any. */
  removeChannelMember(channelId: string, userId: string): ChannelMember | undefined {
    const member = this.#prepare("SELECT * FROM channel_members WHERE channel_id = ? AND user_id = ?")
      .get(channelId, userId) as ChannelMember | undefined;
    if (member) {
      this.#prepare("DELETE FROM channel_members WHERE channel_id = ? AND user_id = ?").run(channelId, userId);
    }
    return member;
  }

  isChannelMember(channelId: string, userId: string): boolean {
    return this.#prepare("SELECT 1 FROM channel_members WHERE channel_id = ? AND user_id = ?").get(
      channelId,
      userId,
    ) !==
      undefined;
  }

  channelMemberIds(channelId: string): string[] {
    const rows = this.#prepare(
      "SELECT user_id FROM channel_members WHERE channel_id = ? ORDER BY create_at, user_id",
    )
      .all(channelId) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  /** The settings saved for a plugin (without schema defaults). */
  pluginConfig(pluginId: string): Record<string, unknown> {
    const row = this.#prepare("SELECT config FROM plugin_configs WHERE plugin_id = ?").get(pluginId) as
      | { config: string }
      | undefined;
    return row ? JSON.parse(row.config) : {};
  }

  savePluginConfig(pluginId: string, config: Record<string, unknown>): void {
    this.#prepare(
      "INSERT INTO plugin_configs (plugin_id, config) VALUES (?, ?) ON CONFLICT (plugin_id) DO UPDATE SET config = excluded.config",
    ).run(pluginId, JSON.stringify(config));
  }

  /** Saves an edit (message, props, update_at) or a deletion (delete_at) of an existing post. */
  updatePost(post: Post): void {
    this.#prepare("UPDATE posts SET message = ?, props = ?, update_at = ?, delete_at = ? WHERE id = ?")
      .run(post.message, JSON.stringify(post.props), post.update_at, post.delete_at, post.id);
  }

  /** A channel's live posts, newest first. */
  postsForChannel(channelId: string, page: number, perPage: number): Post[] {
    const rows = this.#prepare(
      "SELECT * FROM posts WHERE channel_id = ? AND delete_at = 0 ORDER BY create_at DESC, rowid DESC LIMIT ? OFFSET ?",
    ).all(channelId, perPage, page * perPage) as (Omit<Post, "props"> & { props: string })[];
    return rows.map((row) => ({ ...row, props: JSON.parse(row.props) }));
  }

  /** Adds a reaction; returns undefined when the user had already reacted so. */
  addReaction(reaction: Reaction): Reaction | undefined {
    const result = this.#prepare(
      "INSERT INTO reactions (user_id, post_id, emoji_name, create_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    ).run(reaction.user_id, reaction.post_id, reaction.emoji_name, reaction.create_at);
    return Number(result.changes) === 1 ? reaction : undefined;
  }

  /** Removes a reaction; returns it, if it existed. */
  removeReaction(userId: string, postId: string, emojiName: string): Reaction | undefined {
    const reaction = this.#prepare(
      "SELECT * FROM reactions WHERE user_id = ? AND post_id = ? AND emoji_name = ?",
    ).get(userId, postId, emojiName) as Reaction | undefined;
    if (reaction) {
      this.#prepare("DELETE FROM reactions WHERE user_id = ? AND post_id = ? AND emoji_name = ?")
        .run(userId, postId, emojiName);
    }
    return reaction;
  }

  reactions(postId: string): Reaction[] {
    return this.#prepare("SELECT * FROM reactions WHERE post_id = ? ORDER BY create_at, user_id, emoji_name")
      .all(postId) as unknown as Reaction[];
  }

  saveCommand(command: Command): void {
    this.#prepare(
      `INSERT INTO commands (trigger, plugin_id, display_name, description, auto_complete, auto_complete_desc, auto_complete_hint)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (trigger) DO UPDATE SET plugin_id = excluded.plugin_id, display_name = excluded.display_name,
         description = excluded.description, auto_complete = excluded.auto_complete,
         auto_complete_desc = excluded.auto_complete_desc, auto_complete_hint = excluded.auto_complete_hint`,
    ).run(
      command.trigger,
      command.plugin_id,
      command.display_name,
      command.description,
      command.auto_complete ? 1 : 0,
      command.auto_complete_desc,
      command.auto_complete_hint,
    );
  }

  getCommand(trigger: string): Command | undefined {
    const row = this.#prepare("SELECT * FROM commands WHERE trigger = ?").get(trigger) as
      | (Omit<Command, "auto_complete"> & { auto_complete: number })
      | undefined;
    return row ? { ...row, auto_complete: row.auto_complete === 1 } : undefined;
  }

  deleteCommand(trigger: string): void {
    this.#prepare("DELETE FROM commands WHERE trigger = ?").run(trigger);
  }

  commands(): Command[] {
    const rows = this.#prepare("SELECT * FROM commands ORDER BY trigger")
      .all() as (Omit<Command, "auto_complete"> & {
        auto_complete: number;
      })[];
    return rows.map((row) => ({ ...row, auto_complete: row.auto_complete === 1 }));
  }

  kvSet(pluginId: string, key: string, value: Uint8Array, expireAt = 0): void {
    this.#prepare(
      `INSERT INTO plugin_kv (plugin_id, key, value, expire_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (plugin_id, key) DO UPDATE SET value = excluded.value, expire_at = excluded.expire_at`,
    ).run(pluginId, key, value, expireAt);
  }

  /** The live value of a key; an expired one is deleted on the way. */
  kvGet(pluginId: string, key: string, now = Date.now()): Uint8Array | undefined {
    const row = this.#prepare("SELECT value, expire_at FROM plugin_kv WHERE plugin_id = ? AND key = ?")
      .get(pluginId, key) as { value: Uint8Array; expire_at: number } | undefined;
    if (row && row.expire_at > 0 && row.expire_at <= now) {
      this.kvDelete(pluginId, key);
      return undefined;
    }
    return row?.value;
  }

  kvDelete(pluginId: string, key: string): void {
    this.#prepare("DELETE FROM plugin_kv WHERE plugin_id = ? AND key = ?").run(pluginId, key);
  }

  kvDeleteAll(pluginId: string): void {
    this.#prepare("DELETE FROM plugin_kv WHERE plugin_id = ?").run(pluginId);
  }

  /**
   * Sets (or, without `value`, deletes) a key; with `atomic`, only if it now
   * holds `oldValue` (or, without `oldValue`, does not exist). Returns whether
   * it did. One synchronous transaction: concurrent callers cannot interleave.
   */
  kvSetWithOptions(
    pluginId: string,
    key: string,
    value: Uint8Array | undefined,
    options: { atomic: boolean; oldValue?: Uint8Array; expireAt: number },
    now = Date.now(),
  ): boolean {
    this.#db.exec("BEGIN IMMEDIATE");
    try {
      if (options.atomic) {
        const current = this.kvGet(pluginId, key, now);
        const matches = options.oldValue === undefined
          ? current === undefined
          : current !== undefined && equalBytes(current, options.oldValue);
        if (!matches) {
          this.#db.exec("COMMIT");
          return false;
        }
      }
      if (value === undefined) this.kvDelete(pluginId, key);
      else this.kvSet(pluginId, key, value, options.expireAt);
      this.#db.exec("COMMIT");
      return true;
    } catch (error) {
      this.#db.exec("ROLLBACK");
      throw error;
    }
  }

  /** Deletes a key only if it holds `oldValue`; returns whether it did. */
  kvCompareAndDelete(pluginId: string, key: string, oldValue: Uint8Array, now = Date.now()): boolean {
    const current = this.kvGet(pluginId, key, now);
    if (current === undefined || !equalBytes(current, oldValue)) return false;
    this.kvDelete(pluginId, key);
    return true;
  }

  /** Removes every expired key of every plugin; returns how many. */
  kvPurgeExpired(now = Date.now()): number {
    const result = this.#prepare("DELETE FROM plugin_kv WHERE expire_at > 0 AND expire_at <= ?").run(now);
    return Number(result.changes);
  }

  kvList(pluginId: string, page: number, perPage: number, now = Date.now()): string[] {
    const rows = this.#prepare(
      "SELECT key FROM plugin_kv WHERE plugin_id = ? AND (expire_at = 0 OR expire_at > ?) ORDER BY key LIMIT ? OFFSET ?",
    ).all(pluginId, now, perPage, page * perPage) as { key: string }[];
    return rows.map((row) => row.key);
  }
}
