// The command line is the one place that prints for the user.
// deno-lint-ignore-file no-console
/**
 * The command line: `serve`, `plugins`, `install`, `pack`, `new`, `version`,
 * and `--help` on each. Usage mistakes exit with code 2 and say what to
 * type instead; other failures exit 1 with the error's message.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { basename, resolve } from "node:path";
import { DEFAULT_LIMITS, packDirectory } from "./bundle.ts";
import { AdminClient, formatPluginTable } from "./client.ts";
import { describeError, PlughostError } from "./errors.ts";
import type { HookTimeouts } from "./hooks.ts";
import { Host, type HostOptions } from "./host.ts";
import { stageBundle } from "./install.ts";
import { isLogLevel, LOG_LEVELS, Logger, type LogLevel } from "./log.ts";
import { readManifest } from "./manifest.ts";
import { scaffoldPlugin } from "./scaffold.ts";
import { VERSION } from "./version.ts";
import { watchPlugins } from "./watch.ts";

/** A usage mistake: printed with a pointer to --help, exit code 2. */
export class UsageError extends PlughostError {
  constructor(message: string) {
    super("usage", message, { status: 400 });
    this.name = "UsageError";
  }
}

const MAIN_HELP = `plughost ${VERSION}: a plugin host for server plugins written in Python

Usage:
  plughost serve --plugins DIR [options]      run the host and the plugins in DIR
  plughost plugins list|install|enable|disable|remove ...
                                              manage plugins on a running host
  plughost install FILE --plugins DIR         install a bundle into DIR (host not running)
  plughost pack DIR [-o FILE]                 build a bundle from a plugin directory
  plughost new ID [--dir DIR]                 start a new Python plugin
  plughost version                            print the version
  plughost COMMAND --help                     help for one command

Plugin guide: docs/python-plugins.md`;

const SERVE_HELP = `Usage: plughost serve --plugins DIR [options]

Runs every plugin in DIR (one subdirectory with a plugin.json each) and
serves them over HTTP at /plugins/{id}/..., with the app API and the admin
API under /api/v4.

Options:
  --plugins DIR              directory holding the plugins (required)
  --port N                   HTTP port; 0 picks a free one (default 8065)
  --host ADDR                address to listen on (default 127.0.0.1)
  --data DIR                 where the database and admin token live (default ./data)
  --python PATH              interpreter for plugins without their own venv
                             (default: PLUGHOST_PYTHON, then python3 on PATH,
                             then /usr/bin/python3)
  --admin-token TOKEN        token for the admin API (default: PLUGHOST_ADMIN_TOKEN,
                             else generated once and stored in the data directory)
  --enable-uploads           allow installing plugins over HTTP
  --max-bundle-mb N          largest bundle accepted, compressed (default 50)
  --max-extracted-mb N       largest bundle once extracted (default 500)
  --watch                    reload a plugin when its files change
  --log-level LEVEL          ${LOG_LEVELS.join(", ")} (default info)
  --handshake-timeout SECS   how long a plugin may take to start (default 15)
  --hook-timeout SECS        how long one hook call may take (default 30);
             HOOK=SECS       repeat with a hook name to set one hook's limit,
                             e.g. --hook-timeout MessageWillBePosted=5
  --health-interval SECS     how often plugins are pinged; 0 turns it off (default 10)
  -h, --help                 show this help

Stop with Ctrl-C or SIGTERM: plugins are deactivated and the host exits 0.`;

const PLUGINS_HELP = `Usage: plughost plugins COMMAND [options]

Manages the plugins of a running host through its admin API.

Commands:
  list                       the plugins, their state and last error
  install FILE               upload a bundle (.tar.gz); the host needs --enable-uploads
      --force                replace an installed plugin (upgrade)
      --enable               start it after installing (installs are disabled otherwise)
  enable ID                  enable and start a plugin (also clears a failed state)
  disable ID                 stop a plugin and keep it stopped
  remove ID                  stop a plugin and delete its files

Options:
  --url URL                  the host (default http://127.0.0.1:8065)
  --token TOKEN              the admin token (default: PLUGHOST_ADMIN_TOKEN)
  --json                     print JSON instead of a table`;

const INSTALL_HELP = `Usage: plughost install FILE --plugins DIR [--force]

Installs a bundle into a plugins directory without a running host: it is
extracted and checked first, and only then moved into DIR/{id}; on any
error nothing in DIR changes. Use --force to replace an installed plugin.`;

const PACK_HELP = `Usage: plughost pack DIR [-o FILE]

Builds a bundle (.tar.gz) from the plugin directory DIR, leaving out
__pycache__, .venv, venv and .git. Default FILE: {id}-{version}.tar.gz.`;

const NEW_HELP = `Usage: plughost new ID [--dir DIR]

Creates DIR/ID (default: the current directory) with a plugin.json, a
plugin.py with a hook and an HTTP route, and a test_plugin.py.`;

const VERSION_HELP = `Usage: plughost version

Prints the plughost version.`;

type Flags = Record<string, string | boolean | string[] | undefined>;
type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

function parse(
  args: string[],
  options: OptionSpec,
  command: string,
): { values: Flags; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
    return { values: values as Flags, positionals };
  } catch (error) {
    throw new UsageError(`${describeError(error).replace(/\.$/, "")}. Run plughost ${command} --help`);
  }
}

function seconds(value: string, flag: string, allowZero = false): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || (number === 0 && !allowZero)) {
    throw new UsageError(
      `--${flag} must be a ${allowZero ? "" : "positive "}number of seconds, got ${JSON.stringify(value)}`,
    );
  }
  return Math.round(number * 1000);
}

function megabytes(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`--${flag} must be a positive number of megabytes, got ${JSON.stringify(value)}`);
  }
  return Math.round(number * 1024 * 1024);
}

function hookTimeouts(values: string[]): HookTimeouts {
  const timeouts: HookTimeouts = {};
  for (const value of values) {
    const [hook, secs] = value.includes("=") ? value.split("=", 2) : ["default", value];
    if (hook !== "default" && !/^[A-Z][A-Za-z]+$/.test(hook)) {
      throw new UsageError(`--hook-timeout ${value}: name the hook as in the proto, e.g. MessageWillBePosted=5`);
    }
    timeouts[hook] = seconds(secs, "hook-timeout");
  }
  return timeouts;
}

function noExtra(positionals: string[], command: string): void {
  if (positionals.length > 0) {
    throw new UsageError(`Unexpected argument ${JSON.stringify(positionals[0])}. Run plughost ${command} --help`);
  }
}

export interface ServeConfig {
  options: HostOptions;
  logLevel: LogLevel;
  watch: boolean;
}

/** Parses `serve` flags into host options; throws UsageError for anything off. */
export function parseServe(args: string[]): ServeConfig | "help" {
  const { values, positionals } = parse(args, {
    plugins: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    data: { type: "string" },
    python: { type: "string" },
    "admin-token": { type: "string" },
    "enable-uploads": { type: "boolean" },
    "max-bundle-mb": { type: "string" },
    "max-extracted-mb": { type: "string" },
    watch: { type: "boolean" },
    "log-level": { type: "string" },
    "handshake-timeout": { type: "string" },
    "hook-timeout": { type: "string", multiple: true },
    "health-interval": { type: "string" },
  }, "serve");
  if (values.help) return "help";
  noExtra(positionals, "serve");
  const text = (name: string, fallback?: string) => (values[name] as string | undefined) ?? fallback;
  const plugins = text("plugins");
  if (!plugins) throw new UsageError("plughost serve needs --plugins DIR (the directory holding your plugins)");
  const portText = text("port", "8065")!;
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(portText)}`);
  }
  const logLevel = text("log-level", "info")!;
  if (!isLogLevel(logLevel)) {
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(logLevel)}`);
  }
  return {
    logLevel,
    watch: values.watch === true,
    options: {
      pluginsDir: plugins,
      dataDir: text("data", "./data")!,
      port,
      hostname: text("host", "127.0.0.1")!,
      python: text("python") || Deno.env.get("PLUGHOST_PYTHON") || undefined,
      adminToken: text("admin-token") || Deno.env.get("PLUGHOST_ADMIN_TOKEN") || undefined,
      enableUploads: values["enable-uploads"] === true,
      bundleLimits: {
        maxCompressedBytes: megabytes(text("max-bundle-mb"), "max-bundle-mb", DEFAULT_LIMITS.maxCompressedBytes),
        maxExtractedBytes: megabytes(text("max-extracted-mb"), "max-extracted-mb", DEFAULT_LIMITS.maxExtractedBytes),
      },
      timeouts: { handshakeMs: seconds(text("handshake-timeout", "15")!, "handshake-timeout") },
      hookTimeouts: hookTimeouts((values["hook-timeout"] as string[] | undefined) ?? []),
      policy: { healthIntervalMs: seconds(text("health-interval", "10")!, "health-interval", true) },
    },
  };
}

async function serve(args: string[]): Promise<number> {
  const config = parseServe(args);
  if (config === "help") {
    console.log(SERVE_HELP);
    return 0;
  }
  // Listen for signals before starting anything, so a SIGTERM during start-up
  // still stops the plugins cleanly instead of killing the host mid-way.
  const stopped = Promise.withResolvers<void>();
  const onSignal = () => stopped.resolve();
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const signal of signals) Deno.addSignalListener(signal, onSignal);
  const logger = new Logger({ level: config.logLevel });
  let host: Host;
  try {
    host = await Host.start({ ...config.options, logger });
  } catch (error) {
    for (const signal of signals) Deno.removeSignalListener(signal, onSignal);
    throw error;
  }
  const plugins = host.manager.list();
  const active = plugins.filter((plugin) => plugin.state === "active").length;
  logger.notice(`plughost listening on ${host.url}`, { plugins: active, not_running: plugins.length - active });

  const watching = new AbortController();
  const watcher = config.watch ? watchPlugins(host.manager, logger, watching.signal) : Promise.resolve();
  if (config.watch) logger.info("watching plugin files for changes", { dir: host.manager.pluginsDir });
  await stopped.promise;
  logger.info("shutting down");
  for (const signal of signals) Deno.removeSignalListener(signal, onSignal);
  watching.abort();
  await watcher;
  await host.stop();
  logger.info("stopped");
  return 0;
}

async function plugins(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    url: { type: "string" },
    token: { type: "string" },
    force: { type: "boolean" },
    enable: { type: "boolean" },
    json: { type: "boolean" },
  }, "plugins");
  const [command, target, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(PLUGINS_HELP);
    return values.help ? 0 : 2;
  }
  noExtra(rest, "plugins");
  const token = (values.token as string | undefined) ?? Deno.env.get("PLUGHOST_ADMIN_TOKEN");
  if (!token) {
    throw new UsageError(
      "plughost plugins needs the admin token: --token TOKEN or PLUGHOST_ADMIN_TOKEN (it is in the host's data directory, file admin-token)",
    );
  }
  const client = new AdminClient((values.url as string | undefined) ?? "http://127.0.0.1:8065", token);
  const print = (value: unknown, text: string) => console.log(values.json ? JSON.stringify(value, null, 2) : text);
  const needTarget = (what: string) => {
    if (!target) throw new UsageError(`plughost plugins ${command} needs ${what}`);
    return target;
  };
  switch (command) {
    case "list": {
      noExtra(target ? [target] : [], "plugins");
      const list = await client.list();
      print(list, formatPluginTable(list));
      return 0;
    }
    case "install": {
      const file = needTarget("a bundle file");
      let last = -1;
      const info = await client.install(file, {
        force: values.force === true,
        enable: values.enable === true,
        progress: (sent, total) => {
          const percent = total ? Math.floor((sent / total) * 100) : 100;
          if (percent !== last && !values.json) {
            last = percent;
            Deno.stderr.writeSync(
              new TextEncoder().encode(`\ruploading ${basename(file)}: ${percent}% of ${total} bytes`),
            );
          }
        },
      });
      if (!values.json) Deno.stderr.writeSync(new TextEncoder().encode("\n"));
      print(info, `installed ${info.id} ${info.version} (${info.state})`);
      return 0;
    }
    case "enable":
    case "disable": {
      const id = needTarget("a plugin id");
      const info = command === "enable" ? await client.enable(id) : await client.disable(id);
      print(info, `${info.id}: ${info.state}`);
      return 0;
    }
    case "remove": {
      const id = needTarget("a plugin id");
      print(await client.remove(id), `removed ${id}`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown plugins command ${JSON.stringify(command)}. Run plughost plugins --help`);
  }
}

async function install(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    plugins: { type: "string" },
    force: { type: "boolean" },
  }, "install");
  if (values.help) {
    console.log(INSTALL_HELP);
    return 0;
  }
  const [file, ...rest] = positionals;
  noExtra(rest, "install");
  if (!file) throw new UsageError("plughost install needs a bundle file. Run plughost install --help");
  if (!values.plugins) throw new UsageError("plughost install needs --plugins DIR");
  const staged = await stageBundle(file, values.plugins as string, { force: values.force === true });
  try {
    await staged.swap();
  } catch (error) {
    await staged.rollback();
    throw error;
  }
  await staged.commit();
  console.log(`installed ${staged.manifest.id} ${staged.manifest.version} into ${staged.target}`);
  return 0;
}

async function pack(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { output: { type: "string", short: "o" } }, "pack");
  if (values.help) {
    console.log(PACK_HELP);
    return 0;
  }
  const [dir, ...rest] = positionals;
  noExtra(rest, "pack");
  if (!dir) throw new UsageError("plughost pack needs a plugin directory. Run plughost pack --help");
  const manifest = await readManifest(resolve(dir));
  const output = (values.output as string | undefined) ?? `${manifest.id}-${manifest.version}.tar.gz`;
  await packDirectory(resolve(dir), manifest.id, output);
  console.log(`packed ${manifest.id} ${manifest.version} into ${output}`);
  return 0;
}

async function scaffold(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { dir: { type: "string" } }, "new");
  if (values.help) {
    console.log(NEW_HELP);
    return 0;
  }
  const [id, ...rest] = positionals;
  noExtra(rest, "new");
  if (!id) throw new UsageError("plughost new needs a plugin id, e.g. com.example.hello");
  const dir = await scaffoldPlugin(id, (values.dir as string | undefined) ?? ".");
  console.log(`created ${dir}; run it with plughost serve --plugins ${resolve(dir, "..")}`);
  return 0;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "-h":
      case "--help":
        console.log(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case "version":
      case "--version":
        if (rest.includes("--help") || rest.includes("-h")) {
          console.log(VERSION_HELP);
          return 0;
        }
        if (rest.length > 0) throw new UsageError(`plughost version takes no arguments, got ${rest.join(" ")}`);
        console.log(`plughost ${VERSION} (deno ${Deno.version.deno})`);
        return 0;
      case "serve":
        return await serve(rest);
      case "plugins":
        return await plugins(rest);
      case "install":
        return await install(rest);
      case "pack":
        return await pack(rest);
      case "new":
        return await scaffold(rest);
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}. Run plughost --help`);
    }
  } catch (error) {
    console.error(`plughost: ${describeError(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
