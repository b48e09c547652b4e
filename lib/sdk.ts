/**
 * Where plugins import the `plughost` Python package from. From a checkout
 * that is `python-sdk/` itself; a compiled binary carries the SDK embedded,
 * which Python cannot read, so it is copied once to a cache directory keyed
 * by version.
 *
 * @module
 */

import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PlughostError } from "./errors.ts";
import { VERSION } from "./version.ts";

const EMBEDDED_SDK = fileURLToPath(new URL("../python-sdk", import.meta.url));

/** True when running as a `deno compile` binary. */
export function isCompiled(): boolean {
  return EMBEDDED_SDK.includes("deno-compile-");
}

function cacheRoot(): string {
  const xdg = Deno.env.get("XDG_CACHE_HOME");
  if (xdg) return join(xdg, "plughost");
  const home = Deno.env.get("HOME");
  return home ? join(home, ".cache", "plughost") : join(Deno.cwd(), ".plughost-cache");
}

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.name === "__pycache__" || entry.name === "tests") continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory) await copyTree(source, target);
    else if (entry.isFile) await Deno.writeFile(target, await Deno.readFile(source));
  }
}

/** The directory to put on the plugins' PYTHONPATH. */
export async function pythonSdkPath(): Promise<string> {
  if (!isCompiled()) return EMBEDDED_SDK;
  const target = join(cacheRoot(), `sdk-${VERSION}`);
  try {
    await Deno.stat(join(target, "plughost", "__init__.py"));
    return target;
  } catch {
    // Not extracted yet: copy below.
  }
  const staging = `${target}.tmp-${Deno.pid}`;
  try {
    await copyTree(EMBEDDED_SDK, staging);
    await Deno.rename(staging, target).catch(async (error) => {
      // Another plughost extracted it first; theirs is as good as ours.
      await Deno.remove(staging, { recursive: true });
      await Deno.stat(target).catch(() => Promise.reject(error));
    });
  } catch (error) {
    throw new PlughostError(
      "sdk_unavailable",
      `Cannot extract the Python SDK to ${relative(Deno.cwd(), dirname(target)) || target}: ${
        (error as Error).message
      }; set XDG_CACHE_HOME to a writable directory`,
      { cause: error },
    );
  }
  return target;
}
