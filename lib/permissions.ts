/**
 * Deno permission preflight: checked before any subprocess is spawned, so a
 * missing grant is a clear message naming the flag instead of a crash.
 *
 * @module
 */

import { PermissionError } from "./errors.ts";

/**
 * Throws unless the host may run `command`, exactly as it will be spawned.
 * `--allow-run=python3` does not grant `/usr/bin/python3`, so the check uses
 * the very string passed to `Deno.Command`.
 */
export function assertCanRun(command: string, purpose: string): void {
  const { state } = Deno.permissions.querySync({ name: "run", command });
  if (state !== "granted") {
    throw new PermissionError(
      `plughost may not run ${command} (${purpose}): start it with --allow-run=${command}, or --allow-run to allow any interpreter`,
    );
  }
}
