import assert from "node:assert/strict";
import { join, relative } from "node:path";
import { generatePython, generateTypeScript, ROOT } from "../tools/proto.ts";

const IN_CI = !!Deno.env.get("CI");

async function hasProtoc(): Promise<boolean> {
  try {
    return (await new Deno.Command("protoc", { args: ["--version"], stdout: "null", stderr: "null" }).output())
      .success;
  } catch {
    return false;
  }
}

const PROTOC_READY = await hasProtoc();
if (!PROTOC_READY && IN_CI) {
  throw new Error("protoc is missing: apt-get install -y protobuf-compiler protobuf-compiler-grpc");
}

async function files(dir: string, base = dir): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const entry of Deno.readDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) {
      if (entry.name === "__pycache__") continue;
      for (const [name, text] of await files(path, base)) out.set(name, text);
    } else if (entry.name !== "__init__.py") {
      out.set(relative(base, path), await Deno.readTextFile(path));
    }
  }
  return out;
}

function assertSameTree(actual: Map<string, string>, expected: Map<string, string>, what: string): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${what}: the same files`);
  for (const [name, text] of expected) {
    assert.equal(actual.get(name), text, `${what}: ${name} is stale; run deno task proto and commit the result`);
  }
}

Deno.test({
  name: "committed Python stubs and TypeScript types match proto/",
  ignore: !PROTOC_READY,
  async fn(t) {
    const scratch = await Deno.makeTempDir({ prefix: "plughost-proto-" });
    try {
      await t.step("python-sdk/plughost/v1", async () => {
        await generatePython(scratch);
        assertSameTree(
          await files(join(ROOT, "python-sdk", "plughost", "v1")),
          await files(join(scratch, "plughost", "v1")),
          "Python stubs",
        );
      });
      await t.step("lib/generated", async () => {
        await generateTypeScript(join(scratch, "ts"));
        assertSameTree(await files(join(ROOT, "lib", "generated")), await files(join(scratch, "ts")), "TS types");
      });
    } finally {
      await Deno.remove(scratch, { recursive: true });
    }
  },
});
