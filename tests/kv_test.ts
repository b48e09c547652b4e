import assert from "node:assert/strict";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { pluginsDir, PYTHON_MISSING, sha256Hex, startHost, type TestHost } from "./_helpers.ts";
import { VERSION } from "../lib/version.ts";

const BASE = "/plugins/com.example.kvsuite";

async function route(env: TestHost, path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const response = await fetch(`${env.url}${BASE}${path}`, init);
  assert.equal(response.status, 200, await response.clone().text());
  return await response.json();
}

Deno.test({
  name: "KV API at parity with Mattermost",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("kv_suite"));

    await t.step("set with options, compare-and-set, compare-and-delete, and their refusals", async () => {
      assert.deepEqual(await route(env, "/options"), {
        absent_set: true,
        absent_set_again: false,
        cas_wrong: false,
        cas_right: true,
        value: "v3",
        cad_wrong: false,
        cad_right: true,
        after_delete: null,
        cas_to_none: true,
        deleted_by_none: true,
        old_without_atomic: "KVSetWithOptions: old_value is set but atomic is false; set atomic to compare",
        long_key: `KV key "${"x".repeat(40)}"... is longer than 150 characters`,
        bad_page: "KVList per_page must be between 1 and 1000, got 0",
        version: VERSION,
      });
    });

    await t.step("an expired key is invisible to get and list, and purged from disk", async () => {
      assert.deepEqual(await route(env, "/expiry"), {
        before: "gone soon",
        listed_before: ["long", "short"],
        after: null,
        listed_after: ["long"],
      });
      const db = new DatabaseSync(join(env.dataDir, "plughost.db"), { readOnly: true });
      try {
        const rows = db.prepare("SELECT key FROM plugin_kv WHERE plugin_id = ? ORDER BY key").all(
          "com.example.kvsuite",
        );
        assert.deepEqual(rows.map((row) => row.key), ["long"]);
      } finally {
        db.close();
      }
    });

    await t.step("list pages through sorted keys; delete_all empties the namespace", async () => {
      const result = await route(env, "/list");
      const pages = result.pages as string[][];
      assert.deepEqual(pages.map((page) => page.length), [10, 10, 5, 0]);
      assert.equal(pages[0][0], "key00");
      assert.equal(pages[2][4], "key24");
      assert.deepEqual(result.after_delete_all, []);
    });

    await t.step("compare-and-set from 8 plugin threads loses no update", async () => {
      const result = await route(env, "/counter?threads=8&n=40");
      assert.equal(result.counter, 320);
    });

    await t.step("a 10 MiB value is stored and read back whole", async () => {
      const data = crypto.getRandomValues(new Uint8Array(65536));
      const value = new Uint8Array(10 * 1024 * 1024);
      for (let offset = 0; offset < value.length; offset += data.length) value.set(data, offset);
      const result = await route(env, "/big", { method: "POST", body: value });
      assert.equal(result.stored, value.length);
      assert.equal(result.sha256, await sha256Hex(value));
    });
  },
});
