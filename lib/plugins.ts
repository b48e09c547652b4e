/**
 * The set of plugins in the plugins directory and the state of each, with
 * the supervision policy: a plugin that crashes is restarted with
 * exponential backoff, one that crashes too often is parked as `failed`
 * until an operator enables it again, and one that stops answering health
 * checks is killed and handled like a crash. One plugin failing never keeps
 * the others from starting or running.
 *
 * @module
 */

import { join } from "node:path";
import { describeError, HttpError } from "./errors.ts";
import { encodeHex } from "./hex.ts";
import type { Logger } from "./log.ts";
import { type Manifest, readManifest } from "./manifest.ts";
import { resolveInterpreter } from "./python.ts";
import type { Store } from "./store.ts";
import { PluginProcess, type Timeouts } from "./supervisor.ts";
import type { PingResponse__Output } from "./generated/plughost/v1/PingResponse.ts";

export type PluginState = "starting" | "active" | "restarting" | "failed" | "disabled" | "stopping" | "stopped";

/** What the admin API and the CLI show about a plugin. */
export interface PluginInfo {
  id: string;
  name: string;
  version: string;
  description: string;
  state: PluginState;
  enabled: boolean;
  error?: string;
  /** Automatic restarts after crashes since the host started. */
  restarts: number;
  implemented: string[];
}

export interface SupervisionPolicy {
  /** More crashes than this within `crashWindowMs` park the plugin as failed. */
  maxCrashes: number;
  crashWindowMs: number;
  /** First restart delay; doubles with each crash in the window, up to `backoffMaxMs`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How often every active plugin is pinged; 0 turns health checks off. */
  healthIntervalMs: number;
  healthTimeoutMs: number;
  /** Consecutive failed pings after which a plugin is considered hung and killed. */
  healthFailuresBeforeKill: number;
}

export const DEFAULT_POLICY: SupervisionPolicy = {
  maxCrashes: 3,
  crashWindowMs: 60 * 60 * 1000,
  backoffBaseMs: 500,
  backoffMaxMs: 30_000,
  healthIntervalMs: 10_000,
  healthTimeoutMs: 5_000,
  healthFailuresBeforeKill: 2,
};

interface PluginEntry {
  id: string;
  dir: string;
  manifest?: Manifest;
  state: PluginState;
  enabled: boolean;
  error?: string;
  process?: PluginProcess;
  /** Times of recent crashes, oldest first. */
  crashes: number[];
  restarts: number;
  restartTimer?: ReturnType<typeof setTimeout>;
  restartAt?: number;
  healthFailures: number;
  /** Settles when the current start attempt is over. */
  starting?: Promise<void>;
}

export interface ManagerOptions {
  pluginsDir: string;
  /** Private directory (mode 0700) for the plugins' sockets. */
  runtimeDir: string;
  sdkPath: string;
  apiTarget: string;
  /** `--python` / `PLUGHOST_PYTHON`. */
  python?: string;
  timeouts: Timeouts;
  policy?: Partial<SupervisionPolicy>;
  store: Store;
  logger: Logger;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class PluginManager {
  #options: ManagerOptions;
  #policy: SupervisionPolicy;
  #entries = new Map<string, PluginEntry>();
  #secrets = new Map<string, string>();
  #runs = 0;
  #healthTimer: ReturnType<typeof setInterval> | undefined;
  /** The health check under way, if any (one at a time; stopAll waits for it). */
  #healthRun: Promise<void> | undefined;
  #closed = false;
  #cleanups = new Set<Promise<void>>();

  constructor(options: ManagerOptions) {
    this.#options = options;
    this.#policy = { ...DEFAULT_POLICY, ...options.policy };
  }

  get pluginsDir(): string {
    return this.#options.pluginsDir;
  }

  /** Reads every plugin directory; a broken one is listed as failed with the reason. */
  async load(): Promise<void> {
    const { pluginsDir } = this.#options;
    const dirs: string[] = [];
    try {
      for await (const entry of Deno.readDir(pluginsDir)) {
        if (entry.isDirectory && !entry.name.startsWith(".")) dirs.push(entry.name);
      }
    } catch (error) {
      throw new Error(`Cannot read the plugins directory ${pluginsDir}: ${describeError(error)}`, { cause: error });
    }
    dirs.sort();
    for (const name of dirs) await this.#loadDir(join(pluginsDir, name), name);
  }

  async #loadDir(dir: string, fallbackId: string): Promise<PluginEntry | undefined> {
    const enabled = this.#options.store.pluginStates();
    try {
      const manifest = await readManifest(dir);
      const existing = this.#entries.get(manifest.id);
      if (existing && existing.dir !== dir) {
        throw new Error(
          `Plugin id ${manifest.id} in ${dir} is already used by ${existing.dir}; plugin ids must be unique`,
        );
      }
      const entry: PluginEntry = existing ?? {
        id: manifest.id,
        dir,
        state: "stopped",
        enabled: enabled.get(manifest.id) ?? true,
        crashes: [],
        restarts: 0,
        healthFailures: 0,
      };
      entry.manifest = manifest;
      entry.error = undefined;
      if (!entry.enabled) entry.state = "disabled";
      this.#entries.set(manifest.id, entry);
      return entry;
    } catch (error) {
      const message = describeError(error);
      this.#options.logger.error("plugin not loaded", { dir, error: message });
      const entry = [...this.#entries.values()].find((candidate) => candidate.dir === dir);
      if (entry) {
        entry.manifest = undefined;
        entry.state = "failed";
        entry.error = message;
      } else if (!this.#entries.has(fallbackId)) {
        this.#entries.set(fallbackId, {
          id: fallbackId,
          dir,
          state: "failed",
          enabled: true,
          error: message,
          crashes: [],
          restarts: 0,
          healthFailures: 0,
        });
      }
      return undefined;
    }
  }

  /** Starts every enabled plugin concurrently, then the health checks. */
  async startAll(): Promise<void> {
    await Promise.all(
      [...this.#entries.values()].filter((entry) => entry.manifest && entry.enabled).map((entry) =>
        this.start(entry.id)
      ),
    );
    if (this.#policy.healthIntervalMs > 0 && !this.#healthTimer) {
      this.#healthTimer = setInterval(() => {
        this.#healthRun ??= this.#checkHealth().finally(() => this.#healthRun = undefined);
      }, this.#policy.healthIntervalMs);
    }
  }

  /** Starts one plugin; a failure is recorded on the plugin, not thrown. */
  start(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry?.manifest || this.#closed) return Promise.resolve();
    if (entry.starting) return entry.starting;
    if (entry.state === "active") return Promise.resolve();
    entry.starting = this.#launch(entry).finally(() => entry.starting = undefined);
    return entry.starting;
  }

  async #launch(entry: PluginEntry, afterCrash = false): Promise<void> {
    const manifest = entry.manifest!;
    const options = this.#options;
    const logger = options.logger.with({ plugin: entry.id });
    this.#clearRestart(entry);
    entry.state = "starting";
    if (!afterCrash) entry.error = undefined;
    const secret = encodeHex(crypto.getRandomValues(new Uint8Array(32)));
    try {
      const interpreter = await resolveInterpreter(entry.dir, manifest, options.python);
      this.#secrets.set(secret, entry.id);
      const process = await PluginProcess.launch({
        manifest,
        dir: entry.dir,
        interpreter: interpreter.path,
        sdkPath: options.sdkPath,
        runDir: join(options.runtimeDir, `p${++this.#runs}`),
        apiTarget: options.apiTarget,
        secret,
        timeouts: options.timeouts,
        logger,
      });
      if (this.#closed || !entry.enabled) {
        await process.stop();
        this.#secrets.delete(secret);
        entry.state = this.#closed ? "stopped" : "disabled";
        return;
      }
      entry.process = process;
      entry.state = "active";
      entry.healthFailures = 0;
      logger.info("plugin activated", {
        version: manifest.version,
        python: interpreter.path,
        hooks: [...process.implemented].join(","),
      });
      process.exited.then((status) => this.#onExit(entry, process, status, secret));
    } catch (error) {
      this.#secrets.delete(secret);
      const message = describeError(error);
      if (afterCrash) {
        this.#crashed(entry, message);
      } else {
        entry.state = "failed";
        entry.error = message;
        logger.error("plugin failed to start", { error: message });
      }
    }
  }

  #onExit(entry: PluginEntry, process: PluginProcess, status: Deno.CommandStatus, secret: string): void {
    this.#secrets.delete(secret);
    if (process.stopping || entry.process !== process) return;
    entry.process = undefined;
    const exit = status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
    const tail = process.outputTail;
    // Closes the channel and removes the plugin's private directory; stopAll waits for it.
    const cleanup = process.stop().catch(() => {});
    this.#cleanups.add(cleanup);
    cleanup.finally(() => this.#cleanups.delete(cleanup));
    this.#crashed(
      entry,
      `Plugin ${entry.id} exited unexpectedly (${exit})` +
        (tail ? `\n--- last output of ${entry.id} ---\n${tail}` : ""),
    );
  }

  /** Applies the restart policy after a crash (or a failed restart). */
  #crashed(entry: PluginEntry, message: string): void {
    const policy = this.#policy;
    const logger = this.#options.logger.with({ plugin: entry.id });
    const now = Date.now();
    entry.crashes = [...entry.crashes.filter((time) => now - time < policy.crashWindowMs), now];
    entry.error = message;
    if (this.#closed || !entry.enabled) {
      entry.state = this.#closed ? "stopped" : "disabled";
      return;
    }
    const crashes = entry.crashes.length;
    if (crashes > policy.maxCrashes) {
      entry.state = "failed";
      const minutes = Math.round(policy.crashWindowMs / 60_000);
      entry.error = `Plugin ${entry.id} crashed ${crashes} times within ${minutes} minutes and is not restarted ` +
        `again until it is enabled; last crash: ${message}`;
      logger.error("plugin crashed too often; giving up", { crashes });
      return;
    }
    const delay = Math.min(policy.backoffBaseMs * 2 ** (crashes - 1), policy.backoffMaxMs);
    entry.state = "restarting";
    entry.restartAt = now + delay;
    logger.warn("plugin crashed; restarting", { crashes, restart_in_ms: delay, error: message.split("\n")[0] });
    entry.restartTimer = setTimeout(() => {
      entry.restartTimer = undefined;
      entry.restarts++;
      entry.starting = this.#launch(entry, true).finally(() => entry.starting = undefined);
    }, delay);
  }

  #clearRestart(entry: PluginEntry): void {
    if (entry.restartTimer !== undefined) clearTimeout(entry.restartTimer);
    entry.restartTimer = undefined;
    entry.restartAt = undefined;
  }

  /** Pings every active plugin; one that misses too many pings in a row is killed (and restarted by policy). */
  async #checkHealth(): Promise<void> {
    await Promise.all([...this.#entries.values()].map(async (entry) => {
      const process = entry.process;
      if (entry.state !== "active" || !process) return;
      try {
        await process.call<PingResponse__Output>(
          (metadata, options, done) => process.client.Ping({}, metadata, options, done),
          this.#policy.healthTimeoutMs,
        );
        entry.healthFailures = 0;
      } catch (error) {
        if (entry.process !== process || process.stopping) return;
        entry.healthFailures++;
        const logger = this.#options.logger.with({ plugin: entry.id });
        logger.warn("plugin did not answer a health check", {
          failures: entry.healthFailures,
          error: describeError(error),
        });
        if (entry.healthFailures >= this.#policy.healthFailuresBeforeKill) {
          logger.error("plugin is not responding; killing it");
          process.kill();
        }
      }
    }));
  }

  /** Stops one plugin (OnDeactivate, then the process) and cancels any pending restart. */
  async stop(id: string, state: PluginState = "stopped"): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#clearRestart(entry);
    await entry.starting;
    const process = entry.process;
    if (process) {
      entry.state = "stopping";
      entry.process = undefined;
      await process.stop();
      this.#options.logger.info("plugin stopped", { plugin: id });
    }
    if (entry.state !== "failed" || state === "disabled") entry.state = state;
  }

  /** Stops every plugin and the health checks; nothing starts after this. */
  async stopAll(): Promise<void> {
    this.#closed = true;
    if (this.#healthTimer !== undefined) clearInterval(this.#healthTimer);
    this.#healthTimer = undefined;
    await this.#healthRun;
    await Promise.all([...this.#entries.keys()].map((id) => this.stop(id)));
    await Promise.all(this.#cleanups);
  }

  #require(id: string): PluginEntry {
    const entry = this.#entries.get(id);
    if (!entry) throw new HttpError(404, "plugin_not_found", `No plugin ${id} is installed`);
    return entry;
  }

  /** Enables a plugin (persisted) and starts it; clears a `failed` state. Throws if it cannot start. */
  async enable(id: string): Promise<PluginInfo> {
    const entry = this.#require(id);
    entry.enabled = true;
    entry.crashes = [];
    this.#options.store.setPluginEnabled(id, true);
    if (entry.state === "active") return this.info(id)!;
    if (!entry.manifest) await this.#loadDir(entry.dir, id);
    if (entry.manifest) await this.start(id);
    const info = this.info(id)!;
    if (info.state !== "active") {
      throw new HttpError(500, "plugin_start_failed", info.error ?? `Plugin ${id} did not start`);
    }
    return info;
  }

  /** Disables a plugin (persisted): it is stopped and stays stopped across restarts. */
  async disable(id: string): Promise<PluginInfo> {
    const entry = this.#require(id);
    entry.enabled = false;
    this.#options.store.setPluginEnabled(id, false);
    await this.stop(id, "disabled");
    entry.error = undefined;
    entry.state = "disabled";
    return this.info(id)!;
  }

  /** Stops and forgets a plugin; the caller removes its files. Returns its directory. */
  async forget(id: string): Promise<string> {
    const entry = this.#require(id);
    await this.stop(id);
    this.#entries.delete(id);
    this.#options.store.deletePluginState(id);
    return entry.dir;
  }

  /**
   * Re-reads a plugin directory and (re)starts the plugin in it, as after an
   * install, upgrade or an edit under --watch. Resolves to its state.
   */
  async reload(
    dir: string,
    fallbackId: string,
    options: { enable?: boolean; replaces?: string } = {},
  ): Promise<PluginInfo> {
    const previous = [...this.#entries.values()].find((entry) => entry.dir === dir) ??
      (options.replaces ? this.#entries.get(options.replaces) : undefined);
    if (previous) {
      await this.stop(previous.id);
      this.#entries.delete(previous.id);
    }
    const entry = await this.#loadDir(dir, previous?.id ?? fallbackId);
    if (!entry) return this.info(previous?.id ?? fallbackId)!;
    if (options.enable !== undefined) {
      entry.enabled = options.enable;
      this.#options.store.setPluginEnabled(entry.id, options.enable);
    }
    if (entry.enabled) await this.start(entry.id);
    else entry.state = "disabled";
    return this.info(entry.id)!;
  }

  /** The plugin a secret belongs to, for authenticating API calls. */
  pluginForSecret(secret: string): string | undefined {
    return this.#secrets.get(secret);
  }

  /** The manifest of an installed plugin (undefined when it could not be read). */
  manifestOf(id: string): Manifest | undefined {
    return this.#entries.get(id)?.manifest;
  }

  /** The directory of an installed plugin. */
  dirOf(id: string): string | undefined {
    return this.#entries.get(id)?.dir;
  }

  /** Whether a plugin with this id is installed (in any state). */
  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** The running process of an active plugin. */
  running(id: string): PluginProcess | undefined {
    const entry = this.#entries.get(id);
    return entry?.state === "active" ? entry.process : undefined;
  }

  /** Seconds until a restarting plugin is expected back, for Retry-After. */
  retryAfter(id: string): number | undefined {
    const entry = this.#entries.get(id);
    if (entry?.state === "starting") return 1;
    if (entry?.state !== "restarting" || entry.restartAt === undefined) return undefined;
    return Math.max(1, Math.ceil((entry.restartAt - Date.now()) / 1000));
  }

  /** Active plugins implementing `hook`, in plugin id order (the order hooks run in). */
  implementing(hook: string): PluginProcess[] {
    return [...this.#entries.values()]
      .filter((entry) => entry.state === "active" && entry.process?.implemented.has(hook))
      .sort(byId)
      .map((entry) => entry.process!);
  }

  info(id: string): PluginInfo | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    return {
      id: entry.id,
      name: entry.manifest?.name ?? entry.id,
      version: entry.manifest?.version ?? "",
      description: entry.manifest?.description ?? "",
      state: entry.state,
      enabled: entry.enabled,
      error: entry.error,
      restarts: entry.restarts,
      implemented: entry.process ? [...entry.process.implemented].sort() : [],
    };
  }

  list(): PluginInfo[] {
    return [...this.#entries.values()].sort(byId).map((entry) => this.info(entry.id)!);
  }
}
