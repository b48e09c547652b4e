/**
 * The set of plugins in the plugins directory and the state of each: which
 * are active, which failed and why. Starts and stops them through the
 * supervisor; one plugin failing never keeps the others from starting.
 *
 * @module
 */

import { join } from "node:path";
import { encodeHex } from "./hex.ts";
import { describeError } from "./errors.ts";
import type { Logger } from "./log.ts";
import { type Manifest, readManifest } from "./manifest.ts";
import { resolveInterpreter } from "./python.ts";
import { PluginProcess, type Timeouts } from "./supervisor.ts";

export type PluginState = "starting" | "active" | "stopping" | "stopped" | "failed";

/** What the admin API and the CLI show about a plugin. */
export interface PluginInfo {
  id: string;
  name: string;
  version: string;
  description: string;
  state: PluginState;
  error?: string;
  implemented: string[];
}

interface PluginEntry {
  id: string;
  dir: string;
  manifest?: Manifest;
  state: PluginState;
  error?: string;
  process?: PluginProcess;
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
  logger: Logger;
}

export class PluginManager {
  #options: ManagerOptions;
  #entries = new Map<string, PluginEntry>();
  #secrets = new Map<string, string>();
  #runs = 0;

  constructor(options: ManagerOptions) {
    this.#options = options;
  }

  /** Reads every plugin directory; a broken one is listed as failed with the reason. */
  async load(): Promise<void> {
    const { pluginsDir, logger } = this.#options;
    const dirs: string[] = [];
    try {
      for await (const entry of Deno.readDir(pluginsDir)) {
        if (entry.isDirectory && !entry.name.startsWith(".")) dirs.push(entry.name);
      }
    } catch (error) {
      throw new Error(`Cannot read the plugins directory ${pluginsDir}: ${describeError(error)}`, { cause: error });
    }
    dirs.sort();
    for (const name of dirs) {
      const dir = join(pluginsDir, name);
      try {
        const manifest = await readManifest(dir);
        const existing = this.#entries.get(manifest.id);
        if (existing) {
          throw new Error(
            `Plugin id ${manifest.id} in ${dir} is already used by ${existing.dir}; plugin ids must be unique`,
          );
        }
        this.#entries.set(manifest.id, { id: manifest.id, dir, manifest, state: "stopped" });
      } catch (error) {
        const message = describeError(error);
        logger.error("plugin not loaded", { dir, error: message });
        if (!this.#entries.has(name)) this.#entries.set(name, { id: name, dir, state: "failed", error: message });
      }
    }
  }

  /** Starts every loaded plugin concurrently; resolves when each has started or failed. */
  async startAll(): Promise<void> {
    await Promise.all(
      [...this.#entries.values()].filter((entry) => entry.manifest).map((entry) => this.start(entry.id)),
    );
  }

  /** Starts one plugin; failure is recorded on the plugin, not thrown. */
  async start(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry?.manifest || entry.state === "active" || entry.state === "starting") return;
    const manifest = entry.manifest;
    const options = this.#options;
    const logger = options.logger.with({ plugin: id });
    entry.state = "starting";
    entry.error = undefined;
    const secret = encodeHex(crypto.getRandomValues(new Uint8Array(32)));
    try {
      const interpreter = await resolveInterpreter(entry.dir, manifest, options.python);
      this.#secrets.set(secret, id);
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
      entry.process = process;
      entry.state = "active";
      logger.info("plugin activated", {
        version: manifest.version,
        python: interpreter.path,
        hooks: [...process.implemented].join(","),
      });
      process.exited.then((status) => this.#onExit(entry, process, status, secret));
    } catch (error) {
      this.#secrets.delete(secret);
      entry.state = "failed";
      entry.error = describeError(error);
      logger.error("plugin failed to start", { error: entry.error });
    }
  }

  #onExit(entry: PluginEntry, process: PluginProcess, status: Deno.CommandStatus, secret: string): void {
    this.#secrets.delete(secret);
    if (process.stopping || entry.process !== process) return;
    entry.process = undefined;
    entry.state = "failed";
    const exit = status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
    const tail = process.outputTail;
    entry.error = `Plugin ${entry.id} exited unexpectedly (${exit})` +
      (tail ? `\n--- last output of ${entry.id} ---\n${tail}` : "");
    this.#options.logger.error("plugin exited unexpectedly", { plugin: entry.id, exit });
    // Closes the channel and removes the plugin's directory.
    process.stop().catch(() => {});
  }

  /** Stops one plugin (OnDeactivate, then the process). */
  async stop(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    const process = entry?.process;
    if (!entry || !process) return;
    entry.state = "stopping";
    await process.stop();
    entry.process = undefined;
    entry.state = "stopped";
    this.#options.logger.info("plugin stopped", { plugin: id });
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.#entries.keys()].map((id) => this.stop(id)));
  }

  /** The plugin a secret belongs to, for authenticating API calls. */
  pluginForSecret(secret: string): string | undefined {
    return this.#secrets.get(secret);
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

  /** Active plugins implementing `hook`, in plugin id order (the order hooks run in). */
  implementing(hook: string): PluginProcess[] {
    return [...this.#entries.values()]
      .filter((entry) => entry.state === "active" && entry.process?.implemented.has(hook))
      .sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
      .map((entry) => entry.process!);
  }

  list(): PluginInfo[] {
    return [...this.#entries.values()]
      .sort((a, b) => a.id < b.id ? -1 : 1)
      .map((entry) => ({
        id: entry.id,
        name: entry.manifest?.name ?? entry.id,
        version: entry.manifest?.version ?? "",
        description: entry.manifest?.description ?? "",
        state: entry.state,
        error: entry.error,
        implemented: entry.process ? [...entry.process.implemented].sort() : [],
      }));
  }
}
