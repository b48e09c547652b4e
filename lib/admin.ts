/**
 * The admin API: listing, installing, enabling, disabling and removing
 * plugins on a running host. Installing a plugin is running code on the
 * server, so every admin request needs the admin token, and uploads are off
 * unless the operator turned them on.
 *
 * @module
 */

import { timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import type { BundleLimits } from "./bundle.ts";
import { HttpError } from "./errors.ts";
import { encodeHex } from "./hex.ts";
import { installPlugin } from "./install.ts";
import type { Logger } from "./log.ts";
import type { PluginManager } from "./plugins.ts";
import { receiveBundle } from "./upload.ts";
import { bearerToken, json, readJson } from "./respond.ts";
import type { PluginSettings } from "./settings.ts";
import type { Hooks } from "./hooks.ts";

export const ADMIN_TOKEN_FILE = "admin-token";

/**
 * The admin token: `explicit` (from --admin-token or PLUGHOST_ADMIN_TOKEN),
 * else the one stored in the data directory, else a new one, stored with
 * mode 0600 and logged once so the operator can copy it.
 */
export async function resolveAdminToken(
  dataDir: string,
  explicit: string | undefined,
  logger: Logger,
): Promise<string> {
  if (explicit) return explicit;
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  try {
    const stored = (await Deno.readTextFile(path)).trim();
    if (stored) return stored;
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const token = encodeHex(crypto.getRandomValues(new Uint8Array(24)));
  await Deno.writeTextFile(path, token + "\n", { mode: 0o600 });
  await Deno.chmod(path, 0o600);
  logger.notice(`generated an admin token (stored in ${path}); use it as "Authorization: Bearer ${token}"`);
  return token;
}

export interface AdminOptions {
  manager: PluginManager;
  settings: PluginSettings;
  hooks: Hooks;
  token: string;
  uploadsEnabled: boolean;
  limits: BundleLimits;
}

const encoder = new TextEncoder();

function authorized(request: Request, token: string): boolean {
  const given = encoder.encode(bearerToken(request, "admin token") ?? "");
  const expected = encoder.encode(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const PLUGIN_ACTION = /^\/api\/v4\/plugins\/([^/]+)(?:\/(enable|disable|config))?$/;

/** Answers an admin request, or returns undefined when the path is not an admin route. */
export async function handleAdmin(request: Request, url: URL, options: AdminOptions): Promise<Response | undefined> {
  const { manager } = options;
  const path = url.pathname;
  const action = PLUGIN_ACTION.exec(path);
  if (path !== "/api/v4/plugins" && !action) return undefined;
  if (!authorized(request, options.token)) {
    await request.body?.cancel();
    throw new HttpError(
      401,
      "unauthorized",
      "Admin requests need the header Authorization: Bearer <admin token> (see --admin-token)",
    );
  }
  if (path === "/api/v4/plugins") {
    if (request.method === "GET") return json(manager.list());
    if (request.method !== "POST") throw new HttpError(405, "method_not_allowed", `${request.method} ${path}`);
    if (!options.uploadsEnabled) {
      await request.body?.cancel();
      throw new HttpError(
        403,
        "uploads_disabled",
        "Plugin uploads are disabled on this host; start it with --enable-uploads, or install offline with plughost install FILE --plugins DIR",
      );
    }
    const file = await receiveBundle(request, options.limits.maxCompressedBytes);
    try {
      const info = await installPlugin(manager, file, {
        force: url.searchParams.get("force") === "true",
        enable: url.searchParams.get("enable") === "true",
        limits: options.limits,
      });
      if (info.state === "active") await options.hooks.onInstall(info.id, "");
      return json(info, 201);
    } finally {
      await Deno.remove(file).catch(() => {});
    }
  }

  const id = decodeURIComponent(action![1]);
  const verb = action![2];
  if (verb === "config") {
    if (request.method === "GET") return json(options.settings.get(id, true));
    if (request.method === "PUT") {
      return json(await options.settings.save(id, await readJson(request)));
    }
    await request.body?.cancel();
    throw new HttpError(405, "method_not_allowed", `${request.method} ${path} is not supported; use GET or PUT`);
  }
  await request.body?.cancel();
  if (verb && request.method === "POST") {
    return json(verb === "enable" ? await manager.enable(id) : await manager.disable(id));
  }
  if (!verb && request.method === "DELETE") {
    const dir = await manager.forget(id);
    await Deno.remove(dir, { recursive: true });
    return json({ id, removed: true });
  }
  if (!verb && request.method === "GET") {
    const info = manager.info(id);
    if (!info) throw new HttpError(404, "plugin_not_found", `No plugin ${id} is installed`);
    return json(info);
  }
  throw new HttpError(405, "method_not_allowed", `${request.method} ${path} is not supported`);
}
