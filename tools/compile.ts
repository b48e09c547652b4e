/**
 * Builds the single plughost binary: main.ts with proto/ and the Python SDK
 * embedded. At start the binary copies the SDK to a cache directory, since
 * Python cannot read files embedded in the binary.
 *
 * `deno compile` needs a `denort` runtime. It downloads one unless
 * DENORT_BIN points to a local copy, which is how to build offline.
 *
 * Usage: deno task compile [OUTPUT] (default ./plughost)
 *
 * @module
 */

import { ROOT } from "./proto.ts";

/** The permissions baked into the binary: those `plughost serve` needs. */
export const BINARY_PERMISSIONS = [
  "--allow-read",
  "--allow-write",
  "--allow-net",
  "--allow-env",
  "--allow-run",
  "--allow-sys",
];

/**
 * V8 flags the host runs with (`deno task serve` passes the same). A small
 * young generation makes the garbage of streamed bodies short-lived: it keeps
 * the host's peak RSS during a 1 GiB transfer under 64 MiB of growth, and
 * streams faster, where V8's default let it grow by ~100 MiB.
 */
export const HOST_V8_FLAGS = ["--v8-flags=--max-semi-space-size=1"];

/** Runs `deno compile`; resolves to the path of the binary. */
export async function compile(output: string): Promise<string> {
  const result = await new Deno.Command(Deno.execPath(), {
    args: [
      "compile",
      ...BINARY_PERMISSIONS,
      ...HOST_V8_FLAGS,
      "--include",
      "proto",
      "--include",
      "python-sdk/plughost",
      "--output",
      output,
      "main.ts",
    ],
    cwd: ROOT,
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (!result.success) {
    throw new Error(
      `deno compile failed (exit code ${result.code})` +
        (Deno.env.get("DENORT_BIN") ? "" : "; without network access set DENORT_BIN to a local denort"),
    );
  }
  return output;
}

if (import.meta.main) {
  const output = await compile(Deno.args[0] ?? "plughost");
  // deno-lint-ignore no-console
  console.log(`built ${output}`);
}
