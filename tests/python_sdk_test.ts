import assert from "node:assert/strict";
import { join } from "node:path";
import { PYTHON_MISSING, ROOT, SYSTEM_PYTHON } from "./_helpers.ts";

Deno.test({
  name: "the Python SDK's own unittest suite passes",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const sdk = join(ROOT, "python-sdk");
    const output = await new Deno.Command(SYSTEM_PYTHON, {
      args: ["-m", "unittest", "discover", "-s", "tests", "-t", "."],
      cwd: sdk,
      env: { PYTHONPATH: sdk, PYTHONDONTWRITEBYTECODE: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const report = new TextDecoder().decode(output.stderr);
    assert.ok(output.success, report);
    const ran = Number(/Ran (\d+) tests?/.exec(report)?.[1] ?? 0);
    assert.ok(ran >= 10, `expected the SDK suite to run its tests, it ran ${ran}:\n${report}`);
  },
});
