/**
 * Shared test plumbing: real hosts on free ports with real Python plugins
 * copied from fixtures/ into a fresh directory per test.
 *
 * @module
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Host, type HostOptions } from "../lib/host.ts";
import { Logger } from "../lib/log.ts";
import type { PluginInfo } from "../lib/plugins.ts";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURES = join(ROOT, "fixtures", "plugins");
export const EXAMPLES = join(ROOT, "examples");
export const SYSTEM_PYTHON = "/usr/bin/python3";
export const ADMIN_TOKEN = "test-admin-token";
const IN_CI = !!Deno.env.get("CI");

const MISSING_HINT =
  "install them with: apt-get install -y python3-grpcio python3-protobuf protobuf-compiler protobuf-compiler-grpc";

async function pythonHasGrpc(): Promise<boolean> {
  try {
    const { code } = await new Deno.Command(SYSTEM_PYTHON, {
      args: ["-c", "import grpc, google.protobuf"],
      stdout: "null",
      stderr: "null",
    }).output();
    return code === 0;
  } catch {
    return false;
  }
}

/**
 * Whether integration tests can run here. In CI a missing dependency is a
 * failure, never a silent skip.
 */
export const PYTHON_READY = await pythonHasGrpc();
if (!PYTHON_READY && IN_CI) {
  throw new Error(`${SYSTEM_PYTHON} cannot import grpc and protobuf; ${MISSING_HINT}`);
}
export const PYTHON_MISSING = PYTHON_READY ? false : `${SYSTEM_PYTHON} lacks grpc/protobuf; ${MISSING_HINT}`;
// deno-lint-ignore no-console
if (PYTHON_MISSING) console.warn(`Skipping Python integration tests: ${PYTHON_MISSING}`);

/** Copies the named fixture (or example) plugins into a new plugins directory. */
export async function pluginsDir(...names: string[]): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "plughost-plugins-" });
  for (const name of names) {
    const [from, base] = name.startsWith("examples/") ? [EXAMPLES, name.slice(9)] : [FIXTURES, name];
    await copyDir(join(from, base), join(dir, base));
  }
  return dir;
}

export async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.name === "__pycache__" || entry.name === "events.jsonl") continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory) await copyDir(source, target);
    else {
      await Deno.copyFile(source, target);
      await Deno.chmod(target, (await Deno.stat(source)).mode! & 0o777);
    }
  }
}

/** A plugins directory with copies of `names` and an empty data directory, removed on dispose. */
export async function scratch(...names: string[]): Promise<{ plugins: string; data: string } & AsyncDisposable> {
  const plugins = await pluginsDir(...names);
  const data = await Deno.makeTempDir({ prefix: "plughost-data-" });
  return {
    plugins,
    data,
    async [Symbol.asyncDispose]() {
      await Deno.remove(plugins, { recursive: true }).catch(() => {});
      await Deno.remove(data, { recursive: true }).catch(() => {});
    },
  };
}

/** A running host and what it logged. Dispose to stop it and remove its directories. */
export interface TestHost extends AsyncDisposable {
  host: Host;
  url: string;
  logs: string[];
  pluginsDir: string;
  dataDir: string;
  /** A request to the admin API with the admin token. */
  admin(path: string, init?: RequestInit): Promise<Response>;
  /** GET /api/v4/plugins, by id. */
  plugins(): Promise<Map<string, PluginInfo>>;
  stop(): Promise<void>;
}

export async function startHost(pluginsDirectory: string, options: Partial<HostOptions> = {}): Promise<TestHost> {
  const dataDir = options.dataDir ?? await Deno.makeTempDir({ prefix: "plughost-data-" });
  const logs: string[] = [];
  const verbose = !!Deno.env.get("PLUGHOST_TEST_LOG");
  const logger = new Logger({
    level: "debug",
    sink: (line) => {
      logs.push(line);
      // deno-lint-ignore no-console
      if (verbose) console.error(line);
    },
  });
  const host = await Host.start({
    pluginsDir: pluginsDirectory,
    port: 0,
    hostname: "127.0.0.1",
    logger,
    adminToken: ADMIN_TOKEN,
    policy: { healthIntervalMs: 0 },
    ...options,
    dataDir,
  });
  const stop = async () => {
    await host.stop();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
    await Deno.remove(pluginsDirectory, { recursive: true }).catch(() => {});
  };
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${host.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers },
    });
  const plugins = async () => {
    const list: PluginInfo[] = await (await admin("/api/v4/plugins")).json();
    return new Map(list.map((plugin) => [plugin.id, plugin]));
  };
  return {
    host,
    url: host.url,
    logs,
    pluginsDir: pluginsDirectory,
    dataDir,
    admin,
    plugins,
    stop,
    [Symbol.asyncDispose]: stop,
  };
}

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (true) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The events a fixture plugin recorded in its events.jsonl. */
export async function events(dir: string): Promise<Record<string, unknown>[]> {
  try {
    const text = await Deno.readTextFile(join(dir, "events.jsonl"));
    return text.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function postJson(url: string, body: unknown): Promise<Response> {
  return await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Command lines of the plugin processes running from `dir` (found with ps). */
export async function runningPlugins(dir: string): Promise<string[]> {
  const { stdout } = await new Deno.Command("ps", { args: ["-eo", "args"], stdout: "piped" }).output();
  return new TextDecoder().decode(stdout).split("\n")
    .filter((line) => line.includes(`${dir}/`) && line.includes("plugin.py"));
}

/** The names in `dir`, sorted. */
export async function listDir(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  return names.sort();
}

/** Creates a channel over the app API (anonymously unless a user token is given) and returns its id. */
export async function createChannel(url: string, name: string, token?: string): Promise<string> {
  const response = await fetch(`${url}/api/v4/channels`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) throw new Error(`cannot create channel ${name}: ${await response.text()}`);
  return (await response.json()).id;
}
