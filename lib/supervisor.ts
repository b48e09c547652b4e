/**
 * One plugin process, from spawn to exit, following the process protocol:
 * private runtime directory, minimal environment, handshake line on stdout,
 * `Implemented`, `OnActivate`; output forwarded to the host log; and a stop
 * that closes the channel before the process goes away (a Deno gRPC client
 * that receives GOAWAY can crash the host, so the host never lets a plugin
 * close a connection the host still holds).
 *
 * @module
 */

import { join, resolve } from "node:path";
import { describeError, PermissionError, PluginStartError } from "./errors.ts";
import type { Logger } from "./log.ts";
import type { Manifest } from "./manifest.ts";
import { RateLimit, readLines, Tail } from "./output.ts";
import { assertCanRun } from "./permissions.ts";
import { delay } from "./timers.ts";
import { baseEnvironment } from "./python.ts";
import {
  APP_PROTOCOL_VERSION,
  CORE_PROTOCOL_VERSION,
  createPluginClient,
  HookAppError,
  type PluginClient,
  secretMetadata,
  unary,
} from "./rpc.ts";
import type * as grpc from "@grpc/grpc-js";
import type { ImplementedResponse__Output } from "./generated/plughost/v1/ImplementedResponse.ts";
import type { OnActivateResponse__Output } from "./generated/plughost/v1/OnActivateResponse.ts";
import type { OnConfigurationChangeResponse__Output } from "./generated/plughost/v1/OnConfigurationChangeResponse.ts";
import type { OnDeactivateResponse__Output } from "./generated/plughost/v1/OnDeactivateResponse.ts";

/** Tells a plugin it was started by plughost; without it the SDK refuses to run. */
export const MAGIC_COOKIE_KEY = "PLUGHOST_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "7c1f4b2e9a6d48e3b05f2c8d91a7e6f4";

export interface Timeouts {
  /** From spawn to the handshake line. */
  handshakeMs: number;
  /** For OnActivate. */
  activateMs: number;
  /** For OnDeactivate when stopping. */
  deactivateMs: number;
  /** Between SIGTERM and SIGKILL. */
  stopGraceMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  handshakeMs: 15_000,
  activateMs: 30_000,
  deactivateMs: 5_000,
  stopGraceMs: 2_000,
};

export interface LaunchOptions {
  manifest: Manifest;
  /** The plugin's directory (the child's cwd). */
  dir: string;
  /** Absolute path of the interpreter to spawn. */
  interpreter: string;
  /** Directory holding the `plughost` Python package. */
  sdkPath: string;
  /** A fresh private directory for this run; removed when the process is gone. */
  runDir: string;
  /** gRPC target of the host's API service. */
  apiTarget: string;
  /** This run's secret: sent on every call in both directions. */
  secret: string;
  timeouts: Timeouts;
  logger: Logger;
  /** Output lines forwarded per second per stream before lines are dropped. */
  outputLinesPerSecond?: number;
}

interface Handshake {
  address: string;
}

/** Parses `CORE|APP|NETWORK|ADDRESS|grpc`; throws a message saying what is wrong. */
export function parseHandshake(line: string, runDir: string): Handshake {
  const parts = line.trim().split("|");
  if (parts.length !== 5) {
    throw new Error(
      `expected a handshake line "CORE|APP|NETWORK|ADDRESS|grpc" on stdout, got ${
        JSON.stringify(line.slice(0, 200))
      }; ` +
        "a plugin must not print to stdout before plughost.run() has started it",
    );
  }
  const [core, app, network, address, protocol] = parts;
  if (core !== String(CORE_PROTOCOL_VERSION)) {
    throw new Error(
      `plugin speaks core protocol ${core}, this host speaks ${CORE_PROTOCOL_VERSION}: use the plughost SDK that comes with this host`,
    );
  }
  if (app !== String(APP_PROTOCOL_VERSION)) {
    throw new Error(
      `plugin speaks plugin API version ${app}, this host speaks ${APP_PROTOCOL_VERSION}: use the plughost SDK that comes with this host`,
    );
  }
  if (protocol !== "grpc") {
    throw new Error(`plugin offers protocol ${JSON.stringify(protocol)}, only "grpc" is supported`);
  }
  if (network === "unix") {
    // Normalised first: "DIR/../other/plugin.sock" must not pass for "inside DIR".
    if (!resolve(address).startsWith(resolve(runDir) + "/")) {
      throw new Error(`plugin listens on ${address}, outside its private directory ${runDir}`);
    }
    return { address: `unix:${resolve(address)}` };
  }
  if (network === "tcp") {
    if (!/^(127\.\d+\.\d+\.\d+|\[::1\]|localhost):\d+$/.test(address)) {
      throw new Error(`plugin listens on ${address}: only loopback addresses are accepted`);
    }
    return { address };
  }
  throw new Error(`plugin offers network ${JSON.stringify(network)}, expected "unix" or "tcp"`);
}

/** A running plugin process with an open channel to it. */
export class PluginProcess {
  readonly id: string;
  readonly pid: number;
  readonly client: PluginClient;
  /** Hook names the plugin implements, as its SDK reported them. */
  readonly implemented: ReadonlySet<string>;
  /** Resolves when the process has exited and its output is drained. */
  readonly exited: Promise<Deno.CommandStatus>;

  #options: LaunchOptions;
  #metadata: grpc.Metadata;
  #stdin: WritableStreamDefaultWriter<Uint8Array>;
  #tail: Tail;
  #alive: () => boolean;
  #stopping: Promise<void> | undefined;

  private constructor(
    options: LaunchOptions,
    child: Deno.ChildProcess,
    stdin: WritableStreamDefaultWriter<Uint8Array>,
    client: PluginClient,
    implemented: Set<string>,
    exited: Promise<Deno.CommandStatus>,
    tail: Tail,
    alive: () => boolean,
  ) {
    this.id = options.manifest.id;
    this.pid = child.pid;
    this.#options = options;
    this.#metadata = secretMetadata(options.secret);
    this.#stdin = stdin;
    this.client = client;
    this.implemented = implemented;
    this.exited = exited;
    this.#tail = tail;
    this.#alive = alive;
  }

  /**
   * One unary call to the plugin, with its secret, bounded by `timeoutMs`:
   * `plugin.call<Res>((metadata, options, done) => plugin.client.Method(request, metadata, options, done), ms)`.
   */
  call<Res>(
    start: (metadata: grpc.Metadata, options: grpc.CallOptions, done: grpc.requestCallback<Res>) => unknown,
    timeoutMs: number,
  ): Promise<Res> {
    return unary<Res>((options, done) => start(this.#metadata.clone(), options, done), timeoutMs);
  }

  /** Opens a ServeHTTP stream to the plugin. */
  serveHttp(): ReturnType<PluginClient["ServeHTTP"]> {
    return this.client.ServeHTTP(this.#metadata.clone());
  }

  /** The last lines the plugin wrote to stdout or stderr. */
  get outputTail(): string {
    return this.#tail.toString();
  }

  /** True from the moment `stop()` is called. */
  get stopping(): boolean {
    return this.#stopping !== undefined;
  }

  /**
   * Spawns the plugin, waits for its handshake, connects and activates it.
   * On any failure the process is gone and its directory removed before the
   * error, which carries the tail of the plugin's output, is thrown.
   */
  static async launch(options: LaunchOptions): Promise<PluginProcess> {
    const { manifest, timeouts } = options;
    const log = options.logger;
    assertCanRun(options.interpreter, `to start plugin ${manifest.id}`);
    await Deno.mkdir(options.runDir, { recursive: true, mode: 0o700 });

    const socketPath = join(options.runDir, "plugin.sock");
    const env: Record<string, string> = {
      ...baseEnvironment(),
      PYTHONPATH: options.sdkPath,
      PYTHONUNBUFFERED: "1",
      [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
      PLUGHOST_PROTOCOL_VERSION: `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}`,
      PLUGHOST_PLUGIN_ID: manifest.id,
      PLUGHOST_PLUGIN_SOCKET: socketPath,
      PLUGHOST_API_TARGET: options.apiTarget,
      PLUGHOST_API_SECRET: options.secret,
    };

    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(options.interpreter, {
        args: [join(options.dir, manifest.server.executable)],
        cwd: options.dir,
        env,
        clearEnv: true,
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
        // Its own process group: a Ctrl-C at the terminal reaches the host
        // only, which then stops plugins in order, and stop() can signal the
        // whole group, including anything the plugin started.
        detached: true,
      }).spawn();
    } catch (error) {
      await Deno.remove(options.runDir, { recursive: true }).catch(() => {});
      if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
        throw new PermissionError(
          `plughost may not run ${options.interpreter} for plugin ${manifest.id}: start it with --allow-run=${options.interpreter}`,
        );
      }
      throw new PluginStartError(
        `Cannot start plugin ${manifest.id} with ${options.interpreter}: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }

    const tail = new Tail();
    let exitedYet = false;
    const handshake = Promise.withResolvers<string | undefined>();
    const pump = async (stream: ReadableStream<Uint8Array>, name: "stdout" | "stderr") => {
      const limit = new RateLimit(options.outputLinesPerSecond ?? 1000);
      let first = name === "stdout";
      for await (const line of readLines(stream)) {
        if (first) {
          first = false;
          handshake.resolve(line);
          continue;
        }
        tail.push(line);
        const verdict = limit.admit(
          Date.now(),
          (dropped) => log.warn("plugin output dropped: too many lines", { stream: name, dropped }),
        );
        if (verdict === "forward") log.info(line, { stream: name });
        else if (verdict === "start-dropping") {
          log.warn(`plugin output is over ${limit.perSecond} lines a second; dropping lines`, { stream: name });
        }
      }
      if (limit.dropped > 0) {
        log.warn("plugin output dropped: too many lines", { stream: name, dropped: limit.dropped });
      }
      if (first) handshake.resolve(undefined);
    };
    const pumps = Promise.all([pump(child.stdout, "stdout"), pump(child.stderr, "stderr")]);
    const exited = child.status.then(async (status) => {
      exitedYet = true;
      await pumps;
      return status;
    });
    const stdin = child.stdin.getWriter();

    const fail = async (reason: string, client?: PluginClient): Promise<never> => {
      client?.close();
      await stdin.close().catch(() => {});
      if (!exitedYet) signalGroup(child.pid, "SIGKILL");
      const status = await exited;
      await Deno.remove(options.runDir, { recursive: true }).catch(() => {});
      const output = tail.toString();
      const exit = status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
      throw new PluginStartError(
        `Plugin ${manifest.id} failed to start: ${reason} (process ${exit})` +
          (output ? `\n--- last output of ${manifest.id} ---\n${output}` : `; it printed nothing`),
      );
    };

    const timer = delay(timeouts.handshakeMs);
    let line: string | undefined | "timeout";
    try {
      line = await Promise.race([handshake.promise, timer.promise.then(() => "timeout" as const)]);
    } finally {
      timer.cancel();
    }
    if (line === "timeout") {
      return fail(
        `no handshake within ${timeouts.handshakeMs} ms; does ${manifest.server.executable} call plughost.run()?`,
      );
    }
    if (line === undefined) {
      return fail(`it exited before the handshake; does ${manifest.server.executable} call plughost.run()?`);
    }
    let address: string;
    try {
      address = parseHandshake(line, options.runDir).address;
    } catch (error) {
      return fail(describeError(error));
    }

    const client = createPluginClient(address);
    const metadata = secretMetadata(options.secret);
    let implemented: Set<string>;
    try {
      const response = await unary<ImplementedResponse__Output>(
        (callOptions, done) => client.Implemented({}, metadata, callOptions, done),
        timeouts.handshakeMs,
      );
      implemented = new Set(response.hooks);
    } catch (error) {
      return fail(`the Implemented call failed: ${describeError(error)}`, client);
    }
    if (implemented.has("OnConfigurationChange")) {
      try {
        const response = await unary<OnConfigurationChangeResponse__Output>(
          (callOptions, done) => client.OnConfigurationChange({}, metadata, callOptions, done),
          timeouts.activateMs,
        );
        if (response.error) throw new HookAppError("OnConfigurationChange", response.error);
      } catch (error) {
        return fail(describeError(error), client);
      }
    }
    if (implemented.has("OnActivate")) {
      try {
        const response = await unary<OnActivateResponse__Output>(
          (callOptions, done) => client.OnActivate({}, metadata, callOptions, done),
          timeouts.activateMs,
        );
        if (response.error) throw new HookAppError("OnActivate", response.error);
      } catch (error) {
        return fail(describeError(error), client);
      }
    }
    return new PluginProcess(options, child, stdin, client, implemented, exited, tail, () => !exitedYet);
  }

  /**
   * OnDeactivate (bounded), close the channel, SIGTERM, SIGKILL after the
   * grace period, remove the private directory. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    const { timeouts } = this.#options;
    const log = this.#options.logger;
    if (this.#alive() && this.implemented.has("OnDeactivate")) {
      try {
        const response = await this.call<OnDeactivateResponse__Output>(
          (metadata, options, done) => this.client.OnDeactivate({}, metadata, options, done),
          timeouts.deactivateMs,
        );
        if (response.error) log.warn("OnDeactivate returned an error", { error: response.error.message });
      } catch (error) {
        log.warn("OnDeactivate failed", { error: describeError(error) });
      }
    }
    // The channel goes first: the plugin must never be the side that closes it.
    this.client.close();
    await this.#stdin.close().catch(() => {});
    if (this.#alive()) signalGroup(this.pid, "SIGTERM");
    const grace = delay(timeouts.stopGraceMs);
    const outcome = await Promise.race([this.exited.then(() => "exited"), grace.promise.then(() => "timeout")]);
    grace.cancel();
    if (outcome === "timeout") {
      log.warn("plugin did not exit after SIGTERM; killing it", { grace_ms: timeouts.stopGraceMs });
    }
    // Also reaps anything the plugin left behind in its process group.
    signalGroup(this.pid, "SIGKILL");
    await this.exited;
    await Deno.remove(this.#options.runDir, { recursive: true }).catch(() => {});
  }

  /** Kills the process now, without OnDeactivate (for tests of crash handling, and for hung plugins). */
  kill(): void {
    if (this.#alive()) signalGroup(this.pid, "SIGKILL");
  }
}

/** Signals a plugin's whole process group; a group that is already gone is fine. */
function signalGroup(pid: number, signal: Deno.Signal): void {
  try {
    Deno.kill(-pid, signal);
  } catch {
    try {
      Deno.kill(pid, signal);
    } catch {
      // Already exited.
    }
  }
}
