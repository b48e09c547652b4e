import assert from "node:assert/strict";
import { pluginsDir, PYTHON_MISSING, ROOT } from "./_helpers.ts";

Deno.test({
  name: "restarting plugins again and again never crashes the host (GOAWAY regression)",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const plugins = await pluginsDir("recorder");
    const data = await Deno.makeTempDir();
    try {
      const output = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "tests/_restart_cycles.ts", plugins, data, "20"],
        cwd: ROOT,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(output.stderr);
      assert.equal(output.signal, null, `the host died of ${output.signal}:\n${stderr}`);
      assert.equal(output.code, 0, stderr);
      assert.equal(new TextDecoder().decode(output.stdout).trim(), "cycles done");
    } finally {
      await Deno.remove(plugins, { recursive: true });
      await Deno.remove(data, { recursive: true });
    }
  },
});
