// The command line is the one place that prints for the user.
// deno-lint-ignore-file no-console
/**
 * The command line: `plughost serve`, `plughost version`, `--help` on each.
 * Usage mistakes exit with code 2 and say what to type instead.
 *
 * @module
 */

import { parseArgs } from "node:util";
import { describeError, PlughostError } from "./errors.ts";
import { Host } from "./host.ts";
import { isLogLevel, LOG_LEVELS, Logger } from "./log.ts";
import { VERSION } from "./version.ts";

/** A usage mistake: printed with a pointer to --help, exit code 2. */
export class UsageError extends PlughostError {
  constructor(message: string) {
    super("usage", message, { status: 400 });
    this.name = "UsageError";
  }
}

const MAIN_HELP = `plughost ${VERSION}: a plugin host for server plugins written in Python

Usage:
  plughost serve --plugins DIR [options]   run the host and the plugins in DIR
  plughost version                         print the version
  plughost COMMAND --help                  help for one command

Plugin guide: docs/python-plugins.md`;

const SERVE_HELP = `Usage: plughost serve --plugins DIR [options]

Runs every plugin in DIR (one subdirectory with a plugin.json each) and
serves them over HTTP at /plugins/{id}/..., with the app API under /api/v4.

Options:
  --plugins DIR              directory holding the plugins (required)
  --port N                   HTTP port; 0 picks a free one (default 8065)
  --host ADDR                address to listen on (default 127.0.0.1)
  --data DIR                 where the database lives (default ./data)
  --python PATH              interpreter for plugins without their own venv
                             (default: PLUGHOST_PYTHON, then python3 on PATH,
                             then /usr/bin/python3)
  --log-level LEVEL          ${LOG_LEVELS.join(", ")} (default info)
  --handshake-timeout SECS   how long a plugin may take to start (default 15)
  --hook-timeout SECS        how long one hook call may take (default 30)
  -h, --help                 show this help

Stop with Ctrl-C or SIGTERM: plugins are deactivated and the host exits 0.`;

const VERSION_HELP = `Usage: plughost version

Prints the plughost version.`;

interface ServeFlags {
  plugins?: string;
  port: string;
  host: string;
  data: string;
  python?: string;
  "log-level": string;
  "handshake-timeout": string;
  "hook-timeout": string;
  help: boolean;
}

function parse<T>(
  args: string[],
  options: Record<string, { type: "string" | "boolean"; short?: string; default?: string }>,
  command: string,
): T {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as T;
  } catch (error) {
    throw new UsageError(`${describeError(error).replace(/\.$/, "")}. Run plughost ${command} --help`);
  }
}

function seconds(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new UsageError(`--${flag} must be a positive number of seconds, got ${JSON.stringify(value)}`);
  }
  return Math.round(number * 1000);
}

/** Parses `serve` flags into host options; throws UsageError for anything off. */
export function parseServe(
  args: string[],
): { help: true } | { help: false; options: Parameters<typeof Host.start>[0]; logLevel: string } {
  const flags = parse<ServeFlags>(args, {
    plugins: { type: "string" },
    port: { type: "string", default: "8065" },
    host: { type: "string", default: "127.0.0.1" },
    data: { type: "string", default: "./data" },
    python: { type: "string" },
    "log-level": { type: "string", default: "info" },
    "handshake-timeout": { type: "string", default: "15" },
    "hook-timeout": { type: "string", default: "30" },
    help: { type: "boolean", short: "h" },
  }, "serve");
  if (flags.help) return { help: true };
  if (!flags.plugins) throw new UsageError("plughost serve needs --plugins DIR (the directory holding your plugins)");
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(flags.port)}`);
  }
  if (!isLogLevel(flags["log-level"])) {
    throw new UsageError(
      `--log-level must be one of ${LOG_LEVELS.join(", ")}, got ${JSON.stringify(flags["log-level"])}`,
    );
  }
  return {
    help: false,
    logLevel: flags["log-level"],
    options: {
      pluginsDir: flags.plugins,
      dataDir: flags.data,
      port,
      hostname: flags.host,
      python: flags.python || Deno.env.get("PLUGHOST_PYTHON") || undefined,
      timeouts: { handshakeMs: seconds(flags["handshake-timeout"], "handshake-timeout") },
      hookTimeoutMs: seconds(flags["hook-timeout"], "hook-timeout"),
    },
  };
}

async function serve(args: string[]): Promise<number> {
  const parsed = parseServe(args);
  if (parsed.help) {
    console.log(SERVE_HELP);
    return 0;
  }
  const logger = new Logger({ level: parsed.logLevel as never });
  const host = await Host.start({ ...parsed.options, logger });
  const active = host.manager.list().filter((plugin) => plugin.state === "active").length;
  logger.info(`plughost listening on ${host.url}`, { plugins: active, failed: host.manager.list().length - active });

  const stopped = Promise.withResolvers<void>();
  const onSignal = () => stopped.resolve();
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  for (const signal of signals) Deno.addSignalListener(signal, onSignal);
  await stopped.promise;
  logger.info("shutting down");
  for (const signal of signals) Deno.removeSignalListener(signal, onSignal);
  await host.stop();
  logger.info("stopped");
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
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}. Run plughost --help`);
    }
  } catch (error) {
    console.error(`plughost: ${describeError(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
