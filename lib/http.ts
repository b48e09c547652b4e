/**
 * The HTTP edge: routes requests to the plugin bridge and the app API, and
 * turns every error into `{"error": {"code", "message"}}` with its status.
 *
 * @module
 */

import { type AdminOptions, handleAdmin } from "./admin.ts";
import { bridgeToPlugin } from "./bridge.ts";
import { describeError, HttpError, PlughostError } from "./errors.ts";
import { bearerToken, errorResponse, json, readJson } from "./respond.ts";
import { BodyFields } from "./fields.ts";
import type { Logger } from "./log.ts";
import type { PluginManager } from "./plugins.ts";
import { parseNewPost, type Posts } from "./posts.ts";
import { parseNewUser, type Users } from "./users.ts";
import { type Channels, parseNewChannel } from "./channels.ts";
import type { HookContext } from "./hooks.ts";
import type { Reactions } from "./reactions.ts";
import type { Commands } from "./commands.ts";

export interface HttpDependencies {
  manager: PluginManager;
  posts: Posts;
  users: Users;
  channels: Channels;
  reactions: Reactions;
  commands: Commands;
  logger: Logger;
  admin: AdminOptions;
}

/** Counts requests still being answered (bodies included), for a graceful shutdown. */
export class InFlight {
  #count = 0;
  #idle = Promise.withResolvers<void>();
  draining = false;

  begin(): () => void {
    this.#count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      if (--this.#count === 0 && this.draining) this.#idle.resolve();
    };
  }

  /** Stops new requests and resolves when the last one in flight is over. */
  drain(): Promise<void> {
    this.draining = true;
    if (this.#count === 0) this.#idle.resolve();
    return this.#idle.promise;
  }
}

const PLUGIN_ROUTE = /^\/plugins\/([^/]+)(\/.*)?$/;
const POST_ROUTE = /^\/api\/v4\/posts\/([^/]+)(\/reactions)?$/;
const REACTION_ROUTE = /^\/api\/v4\/users\/([^/]+)\/posts\/([^/]+)\/reactions\/([^/]+)$/;
const USER_ROUTE = /^\/api\/v4\/users\/(?:username\/([^/]+)|([^/]+))$/;
const CHANNEL_ROUTE = /^\/api\/v4\/channels\/([^/]+)(\/members(?:\/([^/]+))?|\/posts)?$/;

/** The request handler for Deno.serve. */
export function createHandler(
  deps: HttpDependencies,
  inFlight: InFlight,
): (request: Request, info: Deno.ServeHandlerInfo<Deno.NetAddr>) => Promise<Response> {
  const { manager, posts, users, channels, reactions, commands, logger } = deps;

  /** The user a request is made as: the owner of its bearer token, or "" without one. */
  async function requestUser(request: Request): Promise<string> {
    const token = bearerToken(request, "a user's token");
    return token ? (await users.authenticate(token)).id : "";
  }

  async function route(request: Request, info: Deno.ServeHandlerInfo<Deno.NetAddr>): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    const method = request.method;

    // Admin routes carry the admin token, not a user's.
    const admin = await handleAdmin(request, url, deps.admin);
    if (admin) return admin;

    const userId = await requestUser(request);
    const context: HookContext = {
      requestId: crypto.randomUUID(),
      ipAddress: info.remoteAddr.hostname,
      userAgent: request.headers.get("user-agent") ?? "",
      acceptLanguage: request.headers.get("accept-language") ?? "",
    };

    const plugin = PLUGIN_ROUTE.exec(path);
    if (plugin) {
      const id = decodeURIComponent(plugin[1]);
      if (!manager.has(id)) throw new HttpError(404, "plugin_not_found", `No plugin ${id} is installed`);
      const running = manager.running(id);
      if (!running || !running.implemented.has("ServeHTTP")) {
        await request.body?.cancel();
        const state = manager.info(id)?.state;
        const why = running
          ? "does not serve HTTP (it does not implement ServeHTTP)"
          : state === "restarting" || state === "starting"
          ? "is restarting; try again shortly"
          : `is not running (state: ${state})`;
        const retryAfter = manager.retryAfter(id);
        return json(
          { error: { code: "plugin_unavailable", message: `Plugin ${id} ${why}` } },
          503,
          retryAfter ? { "retry-after": String(retryAfter) } : {},
        );
      }
      return await bridgeToPlugin(running, {
        request,
        url: (plugin[2] ?? "/") + url.search,
        remoteAddr: `${info.remoteAddr.hostname}:${info.remoteAddr.port}`,
        userId,
      }, logger);
    }

    if (path === "/api/v4/posts" && method === "POST") {
      // A request made as a user posts as that user.
      return json(await posts.create(parseNewPost(await readJson(request)), context, userId), 201);
    }
    const postRoute = POST_ROUTE.exec(path);
    if (postRoute) {
      const postId = decodeURIComponent(postRoute[1]);
      if (postRoute[2] && method === "GET") return json(reactions.forPost(postId));
      if (!postRoute[2] && method === "GET") return json(posts.get(postId));
      if (!postRoute[2] && method === "PUT") {
        const body = new BodyFields(await readJson(request), "post edit");
        const edit = { message: body.required("message"), props: body.object("props") };
        return json(await posts.update(postId, edit, context, userId));
      }
      if (!postRoute[2] && method === "DELETE") {
        posts.delete(postId, context, userId);
        return json({ status: "OK" });
      }
    }
    if (path === "/api/v4/reactions" && method === "POST") {
      const body = new BodyFields(await readJson(request), "reaction");
      const reactor = userId || body.text("user_id");
      if (!reactor) throw body.invalid("user_id", "is missing: react as a user (a token) or name one");
      return json(reactions.add(reactor, body.required("post_id"), body.required("emoji_name"), context), 201);
    }
    const reactionRoute = REACTION_ROUTE.exec(path);
    if (reactionRoute && method === "DELETE") {
      const [, reactor, postId, emoji] = reactionRoute.map(decodeURIComponent);
      if (userId && userId !== reactor) {
        throw new HttpError(403, "forbidden", `User ${userId} may not remove the reactions of user ${reactor}`);
      }
      reactions.remove(reactor, postId, emoji, context);
      return json({ status: "OK" });
    }

    if (path === "/api/v4/users" && method === "POST") {
      const { user, token } = await users.create(parseNewUser(await readJson(request)), context);
      return json({ ...user, token }, 201);
    }
    const userRoute = USER_ROUTE.exec(path);
    if (userRoute && method === "GET") {
      const [, username, id] = userRoute;
      return json(username ? users.getByUsername(decodeURIComponent(username)) : users.get(decodeURIComponent(id)));
    }

    if (path === "/api/v4/channels" && method === "POST") {
      return json(channels.create(parseNewChannel(await readJson(request)), userId, context), 201);
    }
    const channelRoute = CHANNEL_ROUTE.exec(path);
    if (channelRoute) {
      const channelId = decodeURIComponent(channelRoute[1]);
      const [, , sub, memberId] = channelRoute;
      const members = sub?.startsWith("/members");
      if (!sub && method === "GET") return json(channels.get(channelId));
      if (sub === "/posts" && method === "GET") {
        channels.get(channelId);
        const page = Number(url.searchParams.get("page") ?? "0");
        const perPage = Number(url.searchParams.get("per_page") ?? "60");
        return json(posts.forChannel(channelId, page, perPage));
      }
      if (members && !memberId && method === "GET") return json(channels.members(channelId));
      if (members && !memberId && method === "POST") {
        const body = new BodyFields(await readJson(request), "member");
        return json(channels.addMember(channelId, body.required("user_id"), userId, context), 201);
      }
      if (memberId && method === "DELETE") {
        channels.removeMember(channelId, decodeURIComponent(memberId), userId, context);
        return json({ status: "OK" });
      }
    }

    if (path === "/api/v4/commands" && method === "GET") return json(commands.list());
    if (path === "/api/v4/commands/execute" && method === "POST") {
      const body = new BodyFields(await readJson(request), "command");
      const input = {
        channel_id: body.required("channel_id"),
        command: body.required("command"),
        root_id: body.text("root_id"),
      };
      return json(await commands.execute(input, userId, context));
    }
    if (path === "/api/v4/system/ping" && method === "GET") return json({ status: "OK" });
    throw new HttpError(404, "not_found", `No route for ${method} ${path}`);
  }

  return async (request, info) => {
    if (inFlight.draining) {
      await request.body?.cancel();
      return json({ error: { code: "shutting_down", message: "plughost is shutting down" } }, 503, {
        "retry-after": "5",
        connection: "close",
      });
    }
    // A request is in flight until its response, body included, has been sent.
    info.completed.finally(inFlight.begin());
    try {
      return await route(request, info);
    } catch (error) {
      if (!request.bodyUsed) await request.body?.cancel().catch(() => {});
      if (!(error instanceof PlughostError)) {
        logger.error("request failed", { path: request.url, error: describeError(error) });
      }
      return errorResponse(error);
    }
  };
}
