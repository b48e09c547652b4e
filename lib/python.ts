/**
 * Choosing the Python interpreter for a plugin and checking that it can run
 * plughost plugins (Python >= 3.9 with grpc and protobuf importable).
 *
 * Order: the plugin's own `venv/` or `.venv/`, its manifest's `server.python`,
 * the host's `--python`/`PLUGHOST_PYTHON`, then `python3` on PATH and
 * `/usr/bin/python3`. An explicit choice is used as given; only the default
 * search moves on to the next candidate when one lacks grpc.
 *
 * @module
 */

import { delimiter, isAbsolute, join, resolve } from "node:path";
import { PlughostError } from "./errors.ts";
import { assertCanRun } from "./permissions.ts";
import type { Manifest } from "./manifest.ts";

/** Raised when no usable interpreter is found; names each one tried and what to install. */
export class PythonNotUsableError extends PlughostError {
  constructor(message: string) {
    super("python_not_usable", message, { status: 500 });
    this.name = "PythonNotUsableError";
  }
}

export interface Interpreter {
  path: string;
  version: string;
  grpcVersion: string;
  protobufVersion: string;
}

const PROBE = [
  "import json, sys",
  "out = {'version': '%d.%d.%d' % sys.version_info[:3]}",
  "try:",
  "    import grpc, google.protobuf",
  "    out['grpc'] = grpc.__version__",
  "    out['protobuf'] = google.protobuf.__version__",
  "except Exception as e:",
  "    out['error'] = '%s: %s' % (type(e).__name__, e)",
  "print(json.dumps(out))",
].join("\n");

const INSTALL_HINT =
  "install grpcio and protobuf for it (Debian/Ubuntu: apt-get install python3-grpcio python3-protobuf; " +
  "elsewhere: python3 -m pip install grpcio protobuf), or choose another interpreter with --python PATH or PLUGHOST_PYTHON";

const probes = new Map<string, Promise<Interpreter | string>>();

/** The environment every Python child gets: a small allow-list, never the host's whole environment. */
export function baseEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ["PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "SYSTEMROOT"]) {
    const value = Deno.env.get(name);
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** Runs the probe once per interpreter path; resolves to the interpreter or to why it is unusable. */
function probe(path: string): Promise<Interpreter | string> {
  let pending = probes.get(path);
  if (!pending) {
    pending = runProbe(path);
    probes.set(path, pending);
  }
  return pending;
}

async function runProbe(path: string): Promise<Interpreter | string> {
  assertCanRun(path, "to check the Python interpreter");
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(path, {
      args: ["-c", PROBE],
      env: baseEnvironment(),
      clearEnv: true,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "it does not exist";
    return `it cannot be started (${(error as Error).message})`;
  }
  const stdout = new TextDecoder().decode(output.stdout).trim();
  let result: { version?: string; grpc?: string; protobuf?: string; error?: string };
  try {
    result = JSON.parse(stdout.split("\n").at(-1) ?? "");
  } catch {
    const stderr = new TextDecoder().decode(output.stderr).trim().split("\n").slice(-3).join(" | ");
    return `it did not run the check (exit code ${output.code}${stderr ? `: ${stderr}` : ""})`;
  }
  const [major, minor] = (result.version ?? "0.0").split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 9)) {
    return `it is Python ${result.version}; plughost plugins need Python 3.9 or later`;
  }
  if (result.error || !result.grpc || !result.protobuf) {
    return `it is Python ${result.version} but cannot import grpc and protobuf (${result.error}): ${INSTALL_HINT}`;
  }
  return { path, version: result.version!, grpcVersion: result.grpc, protobufVersion: result.protobuf };
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isFile;
  } catch {
    return false;
  }
}

/** Finds `name` on PATH as an absolute path, as a shell would. */
export async function which(name: string): Promise<string | undefined> {
  for (const dir of (Deno.env.get("PATH") ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

/** An interpreter named by a user: a path (relative to `base`) or a command on PATH. */
async function locate(name: string, base: string): Promise<string> {
  if (isAbsolute(name)) return name;
  if (name.includes("/")) return resolve(base, name);
  return (await which(name)) ?? name;
}

/** Picks the interpreter for the plugin in `pluginDir`, or explains why none can run it. */
export async function resolveInterpreter(
  pluginDir: string,
  manifest: Manifest,
  hostPython?: string,
): Promise<Interpreter> {
  const explicit: { path: string; source: string }[] = [];
  for (const venv of ["venv", ".venv"]) {
    const path = resolve(pluginDir, venv, "bin", "python3");
    if (await exists(path)) explicit.push({ path, source: `the plugin's ${venv}/` });
  }
  if (manifest.server.python) {
    const path = await locate(manifest.server.python, pluginDir);
    explicit.push({ path, source: "server.python in plugin.json" });
  }
  if (hostPython) {
    explicit.push({ path: await locate(hostPython, Deno.cwd()), source: "--python / PLUGHOST_PYTHON" });
  }
  if (explicit.length > 0) {
    const { path, source } = explicit[0];
    const result = await probe(path);
    if (typeof result === "string") {
      throw new PythonNotUsableError(
        `Python interpreter ${path} (from ${source}) cannot run plugin ${manifest.id}: ${result}`,
      );
    }
    return result;
  }

  const tried: string[] = [];
  const candidates = [await which("python3"), "/usr/bin/python3"].filter((path): path is string => !!path);
  for (const path of new Set(candidates)) {
    const result = await probe(path);
    if (typeof result !== "string") return result;
    tried.push(`${path}: ${result}`);
  }
  throw new PythonNotUsableError(
    `No Python interpreter can run plugin ${manifest.id}. Tried ${tried.join("; ") || "python3 (not found on PATH)"}`,
  );
}
