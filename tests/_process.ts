/**
 * Runs plughost as a real process (`deno run main.ts ...`), for the tests of
 * the CLI, signals and permissions.
 *
 * @module
 */

import { readLines } from "../lib/output.ts";
import { BINARY_PERMISSIONS } from "../tools/compile.ts";
import { ADMIN_TOKEN, ROOT } from "./_helpers.ts";

/** The permissions plughost serve runs with (as baked into the binary). */
export const ALL_PERMISSIONS = BINARY_PERMISSIONS;

/** Runs a plughost command to completion. */
export async function plughost(
  args: string[],
  permissions = ALL_PERMISSIONS,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...permissions, "main.ts", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return { code: output.code, stdout: decoder.decode(output.stdout), stderr: decoder.decode(output.stderr) };
}

/** A `plughost serve` process, with its log lines as they arrive. */
export class ServeProcess implements AsyncDisposable {
  readonly child: Deno.ChildProcess;
  readonly lines: string[] = [];
  readonly url: Promise<string>;
  #stderr: Promise<void>;
  #stdout: Promise<string>;

  /** `denoFlags` go before main.ts, e.g. the V8 flags the shipped binary uses. */
  constructor(args: string[], permissions = ALL_PERMISSIONS, denoFlags: string[] = []) {
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        ...permissions,
        ...denoFlags,
        "main.ts",
        "serve",
        "--port",
        "0",
        "--admin-token",
        ADMIN_TOKEN,
        ...args,
      ],
      cwd: ROOT,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    this.child = child;
    const url = Promise.withResolvers<string>();
    this.url = url.promise;
    this.#stderr = (async () => {
      for await (const line of readLines(child.stderr)) {
        this.lines.push(line);
        const match = /plughost listening on (\S+)/.exec(line);
        if (match) url.resolve(match[1]);
      }
      url.reject(new Error(`plughost exited before listening:\n${this.lines.join("\n")}`));
    })();
    this.#stdout = new Response(child.stdout).text();
    // Not awaited by every test; the rejection is read through `url`.
    this.url.catch(() => {});
  }

  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<Deno.CommandStatus> {
    this.child.kill("SIGTERM");
    return this.exit();
  }

  /** Waits for the exit; returns the status with all output read. */
  async exit(): Promise<Deno.CommandStatus> {
    const status = await this.child.status;
    await this.#stderr;
    await this.#stdout;
    return status;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    try {
      this.child.kill("SIGKILL");
    } catch {
      // Already gone.
    }
    await this.exit();
  }
}
