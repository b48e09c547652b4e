import assert from "node:assert/strict";
import { join } from "node:path";
import { EXAMPLES, PYTHON_MISSING } from "./_helpers.ts";
import { compile } from "../tools/compile.ts";
import { readLines } from "../lib/output.ts";

// deno compile needs a denort runtime; it cannot be downloaded on machines
// without network access, where DENORT_BIN must point to a local copy.
const DENORT = Deno.env.get("DENORT_BIN");
if (!DENORT) {
  // deno-lint-ignore no-console
  console.warn("Skipping the compiled-binary test: DENORT_BIN is not set (deno compile needs a local denort)");
}

Deno.test({
  name: "the compiled binary serves the example plugin with its embedded SDK",
  ignore: !DENORT || !!PYTHON_MISSING,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "plughost-compile-" });
    try {
      const binary = await compile(join(dir, "plughost"));
      const version = await new Deno.Command(binary, { args: ["version"], stdout: "piped" }).output();
      assert.match(new TextDecoder().decode(version.stdout), /^plughost \d+\.\d+\.\d+/);

      const child = new Deno.Command(binary, {
        args: ["serve", "--plugins", EXAMPLES, "--port", "0", "--data", join(dir, "data")],
        env: { XDG_CACHE_HOME: join(dir, "cache") },
        stdout: "null",
        stderr: "piped",
      }).spawn();
      const lines = readLines(child.stderr);
      let url = "";
      for await (const line of lines) {
        url = /listening on (\S+)/.exec(line)?.[1] ?? "";
        if (url) break;
      }
      const response = await fetch(`${url}/plugins/com.example.hello/hello`);
      assert.equal((await response.json()).greeting, "Hello from Python");
      child.kill("SIGTERM");
      for await (const _ of lines) { /* drain */ }
      assert.equal((await child.status).code, 0);
      await Deno.stat(join(dir, "cache", "plughost"));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
