/**
 * A whole plughost: store, API server, plugins and the HTTP server, started
 * in that order and stopped in the reverse one.
 *
 * @module
 */

import type * as grpc from "@grpc/grpc-js";
import { join, resolve } from "node:path";
import { startApiServer } from "./api.ts";
import { PlughostError } from "./errors.ts";
import { Hooks, type HookTimeouts } from "./hooks.ts";
import { resolveAdminToken } from "./admin.ts";
import { type BundleLimits, DEFAULT_LIMITS } from "./bundle.ts";
import { createHandler, InFlight } from "./http.ts";
import { Logger } from "./log.ts";
import { PluginManager, type SupervisionPolicy } from "./plugins.ts";
import { Posts } from "./posts.ts";
import { pythonSdkPath } from "./sdk.ts";
import { Store } from "./store.ts";
import { PluginSettings } from "./settings.ts";
import { Users } from "./users.ts";
import { Channels } from "./channels.ts";
import { Reactions } from "./reactions.ts";
import { Commands } from "./commands.ts";
import { delay } from "./timers.ts";
import { DEFAULT_TIMEOUTS, type Timeouts } from "./supervisor.ts";

export interface HostOptions {
  pluginsDir: string;
  dataDir: string;
  port: number;
  hostname: string;
  /** Interpreter for plugins without a venv or server.python of their own. */
  python?: string;
  timeouts?: Partial<Timeouts>;
  /** Restart and health-check policy. */
  policy?: Partial<SupervisionPolicy>;
  /** Default hook timeout, and per hook name (e.g. `MessageWillBePosted`). */
  hookTimeouts?: HookTimeouts;
  /** Admin API token; generated and stored in the data directory when not given. */
  adminToken?: string;
  /** Allow installing plugins over HTTP (POST /api/v4/plugins). */
  enableUploads?: boolean;
  bundleLimits?: Partial<BundleLimits>;
  logger?: Logger;
}

const RUNTIME_PREFIX = "plughost-";
const PID_FILE = "host.pid";

/** Whether `pid` exists. Anything but a clear "no such process" counts as alive, to never touch a live host. */
function processAlive(pid: number): boolean {
  try {
    Deno.kill(pid, 0 as unknown as Deno.Signal);
    return true;
  } catch (error) {
    return !(error instanceof Deno.errors.NotFound);
  }
}

/**
 * Removes the runtime directories (sockets) of hosts that died without
 * cleaning up, e.g. killed with SIGKILL. Only directories with a pid file
 * naming a process that no longer exists are touched.
 */
async function sweepStaleRuntimeDirs(logger: Logger): Promise<void> {
  const tmp = Deno.env.get("TMPDIR") || "/tmp";
  try {
    for await (const entry of Deno.readDir(tmp)) {
      if (!entry.isDirectory || !/^plughost-[0-9a-f]+$/.test(entry.name)) continue;
      const dir = join(tmp, entry.name);
      const pid = Number(await Deno.readTextFile(join(dir, PID_FILE)).catch(() => "NaN"));
      if (!Number.isInteger(pid) || processAlive(pid)) continue;
      await Deno.remove(dir, { recursive: true }).catch(() => {});
      logger.debug("removed the runtime directory of a host that is gone", { dir, pid });
    }
  } catch {
    // An unreadable temp directory only means nothing is swept.
  }
}

const KV_PURGE_INTERVAL_MS = 60_000;

/** How long a shutdown waits for requests in flight before closing them. */
const DRAIN_TIMEOUT_MS = 10_000;

export class Host {
  readonly url: string;
  /** gRPC target of the API service plugins call. */
  readonly apiTarget: string;
  readonly manager: PluginManager;
  readonly posts: Posts;
  readonly hooks: Hooks;
  readonly logger: Logger;
  #store: Store;
  #api: grpc.Server;
  #server: Deno.HttpServer<Deno.NetAddr>;
  #inFlight: InFlight;
  #runtimeDir: string;
  #purge: ReturnType<typeof setInterval>;
  #stopping: Promise<void> | undefined;

  private constructor(parts: {
    url: string;
    apiTarget: string;
    manager: PluginManager;
    posts: Posts;
    hooks: Hooks;
    logger: Logger;
    store: Store;
    api: grpc.Server;
    server: Deno.HttpServer<Deno.NetAddr>;
    inFlight: InFlight;
    runtimeDir: string;
  }) {
    this.url = parts.url;
    this.apiTarget = parts.apiTarget;
    this.manager = parts.manager;
    this.posts = parts.posts;
    this.hooks = parts.hooks;
    this.logger = parts.logger;
    this.#store = parts.store;
    this.#api = parts.api;
    this.#server = parts.server;
    this.#inFlight = parts.inFlight;
    this.#runtimeDir = parts.runtimeDir;
    // Expired KV keys are invisible at once; this removes them from disk.
    this.#purge = setInterval(() => this.#store.kvPurgeExpired(), KV_PURGE_INTERVAL_MS);
  }

  /** Starts everything; plugins that fail to start are reported, not fatal. */
  static async start(options: HostOptions): Promise<Host> {
    const logger = options.logger ?? new Logger();
    const pluginsDir = resolve(options.pluginsDir);
    try {
      if (!(await Deno.stat(pluginsDir)).isDirectory) throw new Error("not a directory");
    } catch {
      throw new PlughostError(
        "plugins_dir_missing",
        `The plugins directory ${pluginsDir} does not exist or is not a directory: create it or pass --plugins DIR`,
      );
    }
    const dataDir = resolve(options.dataDir);
    const store = await Store.open(dataDir);
    store.kvPurgeExpired();
    await sweepStaleRuntimeDirs(logger);
    const runtimeDir = await Deno.makeTempDir({ prefix: RUNTIME_PREFIX });
    await Deno.chmod(runtimeDir, 0o700);
    await Deno.writeTextFile(join(runtimeDir, PID_FILE), String(Deno.pid));
    let api: grpc.Server | undefined;
    let manager: PluginManager | undefined;
    try {
      const sdkPath = await pythonSdkPath();
      const apiTarget = `unix:${join(runtimeDir, "api.sock")}`;
      manager = new PluginManager({
        pluginsDir,
        runtimeDir,
        sdkPath,
        apiTarget,
        python: options.python,
        timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
        policy: options.policy,
        store,
        logger,
      });
      const plugins = manager;
      const hooks = new Hooks(manager, logger, options.hookTimeouts);
      const posts = new Posts(store, hooks);
      const settings = new PluginSettings(store, manager, hooks);
      const users = new Users(store, hooks);
      const channels = new Channels(store, hooks);
      const reactions = new Reactions(store, hooks);
      const commands = new Commands(
        store,
        manager,
        posts,
        options.hookTimeouts?.ExecuteCommand ?? options.hookTimeouts?.default,
      );
      api = await startApiServer(apiTarget, {
        store,
        posts,
        settings,
        hooks,
        users,
        channels,
        reactions,
        commands,
        manager,
        logger,
        pluginForSecret: (secret) => plugins.pluginForSecret(secret),
      });

      const admin = {
        manager,
        settings,
        hooks,
        token: await resolveAdminToken(dataDir, options.adminToken, logger),
        uploadsEnabled: options.enableUploads ?? false,
        limits: { ...DEFAULT_LIMITS, ...options.bundleLimits },
      };
      await manager.load();
      await manager.startAll();

      const inFlight = new InFlight();
      const listening = Promise.withResolvers<Deno.NetAddr>();
      const server = Deno.serve({
        port: options.port,
        hostname: options.hostname,
        onListen: (addr) => listening.resolve(addr),
        onError: (error) => {
          logger.error("request failed", { error: String(error) });
          return new Response("Internal Server Error", { status: 500 });
        },
      }, createHandler({ manager, posts, users, channels, reactions, commands, logger, admin }, inFlight));
      const addr = await listening.promise;
      const host = addr.hostname.includes(":") ? `[${addr.hostname}]` : addr.hostname;
      const url = `http://${host}:${addr.port}`;
      return new Host({ url, apiTarget, manager, posts, hooks, logger, store, api, server, inFlight, runtimeDir });
    } catch (error) {
      await manager?.stopAll();
      api?.forceShutdown();
      store.close();
      await Deno.remove(runtimeDir, { recursive: true }).catch(() => {});
      if (error instanceof Deno.errors.AddrInUse) {
        throw new PlughostError(
          "port_in_use",
          `Cannot listen on ${options.hostname}:${options.port}: the port is in use; choose another with --port`,
        );
      }
      throw error;
    }
  }

  /**
   * New requests get 503 while those in flight finish (bounded), then the
   * HTTP server closes, pending hook notifications are delivered, plugins
   * stop (OnDeactivate, channel closed, process ended), and the API server
   * and store close. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    const timeout = delay(DRAIN_TIMEOUT_MS);
    await Promise.race([this.#inFlight.drain(), timeout.promise]);
    timeout.cancel();
    await this.#server.shutdown();
    await this.hooks.drain();
    await this.manager.stopAll();
    this.#api.forceShutdown();
    clearInterval(this.#purge);
    this.#store.close();
    await Deno.remove(this.#runtimeDir, { recursive: true }).catch(() => {});
  }
}
