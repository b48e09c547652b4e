import assert from "node:assert/strict";
import { join } from "node:path";
import { readManifest, validateManifest } from "../lib/manifest.ts";
import { ManifestError } from "../lib/errors.ts";

const VALID = {
  id: "com.example.demo",
  name: "Demo",
  version: "1.2.3",
  server: { executable: "plugin.py", runtime: "python" },
};

function invalid(patch: Record<string, unknown>, message: RegExp) {
  assert.throws(() => validateManifest({ ...VALID, ...patch }, "plugin.json"), (error: unknown) => {
    assert.ok(error instanceof ManifestError);
    assert.equal(error.code, "manifest_invalid");
    assert.match(error.message, message);
    return true;
  });
}

Deno.test("validateManifest accepts a Mattermost-style manifest and fills defaults", () => {
  const manifest = validateManifest({ ...VALID, name: undefined, server: { executable: "src/main.py" } }, "x");
  assert.deepEqual(manifest, {
    id: "com.example.demo",
    name: "com.example.demo",
    version: "1.2.3",
    description: "",
    server: { executable: "src/main.py", runtime: "python", python: undefined },
    settings_schema: undefined,
  });
});

Deno.test("validateManifest names the field path in every error", async (t) => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["missing id", { id: undefined }, /^Invalid plugin\.json: field id is missing$/],
    ["short id", { id: "ab" }, /field id is "ab": use 3 to 190 characters/],
    ["long id", { id: "a".repeat(191) }, /field id is "a{191}": use 3 to 190/],
    ["id with a slash", { id: "com/example" }, /field id is "com\/example"/],
    ["id not a string", { id: 42 }, /field id must be a string, got number/],
    ["version not semver", { version: "1.2" }, /field version is "1\.2": use a semantic version/],
    ["missing server", { server: undefined }, /field server is missing/],
    ["server not an object", { server: "plugin.py" }, /field server must be an object/],
    ["missing executable", { server: { runtime: "python" } }, /field server\.executable is missing/],
    [
      "absolute executable",
      { server: { executable: "/bin/sh" } },
      /field server\.executable is "\/bin\/sh": it must be a path inside/,
    ],
    ["escaping executable", { server: { executable: "../x.py" } }, /field server\.executable is "\.\.\/x\.py"/],
    [
      "other runtime",
      { server: { executable: "p", runtime: "go" } },
      /field server\.runtime is "go": the only runtime/,
    ],
  ];
  for (const [name, patch, message] of cases) await t.step(name, () => invalid(patch, message));
  await t.step("not an object", () => {
    assert.throws(() => validateManifest([], "plugin.json"), /field \(root\) must be a JSON object/);
  });
});

Deno.test("readManifest requires the executable to exist", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(join(dir, "plugin.json"), JSON.stringify(VALID));
    await assert.rejects(readManifest(dir), /server\.executable names "plugin\.py", which is not a file in/);
    await Deno.writeTextFile(join(dir, "plugin.py"), "");
    assert.equal((await readManifest(dir)).id, "com.example.demo");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
