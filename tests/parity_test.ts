import assert from "node:assert/strict";
import { join } from "node:path";
import { ROOT } from "./_helpers.ts";

async function rpcs(file: string): Promise<string[]> {
  const text = await Deno.readTextFile(join(ROOT, "proto", "plughost", "v1", file));
  return [...text.matchAll(/^\s*rpc (\w+)\(/gm)].map((match) => match[1]);
}

async function section(heading: string): Promise<string[][]> {
  const text = await Deno.readTextFile(join(ROOT, "docs", "python-plugins.md"));
  const start = text.indexOf(`### ${heading}\n`);
  assert.ok(start >= 0, `docs/python-plugins.md has a "### ${heading}" section`);
  const rest = text.slice(start + heading.length + 5);
  const end = rest.search(/\n#{2,3} /);
  return (end === -1 ? rest : rest.slice(0, end)).split("\n")
    .filter((line) => line.startsWith("|") && !line.startsWith("| ---") && !/^\| Mattermost/.test(line))
    .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
}

const backticked = (cell: string) => [...cell.matchAll(/`(\w+)`/g)].map((match) => match[1]);

Deno.test("the parity table lists every hook, and names only hooks the proto and SDK have", async () => {
  const proto = await rpcs("plugin.proto");
  const rows = await section("Hooks");
  const sdk = await Deno.readTextFile(join(ROOT, "python-sdk", "plughost", "plugin.py"));
  const listed = new Set<string>();
  for (const [mattermost, plughost] of rows) {
    if (plughost.startsWith("not supported")) {
      assert.match(plughost, /^not supported: .{10,}/, `${mattermost} says why it is not supported`);
      continue;
    }
    const [rpc, python] = backticked(plughost);
    assert.ok(proto.includes(rpc), `${rpc} (for ${mattermost}) is in plugin.proto`);
    if (python) assert.ok(sdk.includes(`"${python}": "${rpc}"`), `the SDK maps ${python} to ${rpc}`);
    listed.add(rpc);
  }
  assert.deepEqual(proto.filter((rpc) => !listed.has(rpc)), [], "every plugin.proto rpc is in the table");
  const supported = rows.filter(([name, plughost]) => name !== "(plughost only)" && !plughost.startsWith("not"));
  // Every rpc but plughost's own Ping stands for exactly one Mattermost hook.
  assert.equal(supported.length, proto.length - 1, "one supported Mattermost hook per plugin.proto rpc");
});

Deno.test("the parity table lists every API call, each with its SDK method", async () => {
  const proto = await rpcs("api.proto");
  const rows = await section("API");
  const sdk = await Deno.readTextFile(join(ROOT, "python-sdk", "plughost", "api.py"));
  const listed = new Set<string>();
  for (const [mattermost, plughost, python] of rows) {
    if (plughost.startsWith("not supported")) continue;
    for (const rpc of backticked(plughost)) {
      assert.ok(proto.includes(rpc), `${rpc} (for ${mattermost}) is in api.proto`);
      listed.add(rpc);
    }
    for (const method of backticked(python)) {
      assert.match(sdk, new RegExp(`def ${method}\\(`), `the SDK's API has ${method}`);
    }
  }
  assert.deepEqual(proto.filter((rpc) => !listed.has(rpc)), [], "every api.proto rpc is in the table");
});
