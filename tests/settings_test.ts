import assert from "node:assert/strict";
import { join } from "node:path";
import { packDirectory } from "../lib/bundle.ts";
import { events, FIXTURES, pluginsDir, PYTHON_MISSING, startHost, waitFor } from "./_helpers.ts";

const ID = "com.example.configured";
const DEFAULTS = { greeting: "hello", enabled: true, level: "low", limit: 10 };

Deno.test({
  name: "plugin settings: schema defaults, validation, OnConfigurationChange, persistence",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    const plugins = await pluginsDir("configured");
    const data = await Deno.makeTempDir();
    const dir = join(plugins, "configured");
    const config = (env: { admin: (path: string, init?: RequestInit) => Promise<Response> }, body?: unknown) =>
      env.admin(
        `/api/v4/plugins/${ID}/config`,
        body === undefined
          ? {}
          : { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      );
    try {
      const env = await startHost(plugins, { dataDir: data });
      try {
        await t.step("OnConfigurationChange runs before OnActivate and sees the defaults", async () => {
          assert.deepEqual(await events(dir), [
            { event: "configuration_change", config: DEFAULTS },
            { event: "activate" },
          ]);
        });

        for (
          const [name, body, message] of [
            ["a wrong type", { limit: "ten" }, /limit must be a number, got "ten"/],
            ["an unknown key", { colour: "red" }, /colour is not a setting of this plugin \(known: greeting, enabled/],
            ["a dropdown value outside its options", { level: "extreme" }, /level must be one of "low", "high"/],
            ["not an object", [1, 2], /send a JSON object/],
          ] as const
        ) {
          await t.step(`PUT config with ${name} is a 400 naming the setting`, async () => {
            const response = await config(env, body);
            assert.equal(response.status, 400);
            const error = (await response.json()).error;
            assert.equal(error.code, "invalid_config");
            assert.match(error.message, message);
          });
        }

        await t.step("a valid PUT saves, masks the secret and fires OnConfigurationChange", async () => {
          const response = await config(env, { greeting: "hi", level: "high", api_key: "s3cret" });
          assert.equal(response.status, 200);
          assert.deepEqual(await response.json(), {
            config: { ...DEFAULTS, greeting: "hi", level: "high", api_key: "********" },
          });
          const seen = (await events(dir)).filter((event) => event.event === "configuration_change").at(-1);
          assert.deepEqual(seen?.config, { ...DEFAULTS, greeting: "hi", level: "high", api_key: "s3cret" });
        });

        await t.step("sending the mask back keeps the secret", async () => {
          const response = await config(env, { greeting: "hey", api_key: "********" });
          assert.equal(response.status, 200);
          await response.body?.cancel();
          const plain = await (await fetch(`${env.url}/plugins/${ID}/`)).json();
          assert.equal(plain.api_key, "s3cret");
          assert.equal(plain.greeting, "hey");
        });

        await t.step("a plugin saves its own settings and hears about it", async () => {
          const response = await fetch(`${env.url}/plugins/${ID}/save`, {
            method: "POST",
            body: JSON.stringify({ greeting: "saved by the plugin", limit: 3 }),
          });
          assert.deepEqual(await response.json(), { ...DEFAULTS, greeting: "saved by the plugin", limit: 3 });
          const seen = (await events(dir)).filter((event) => event.event === "configuration_change").at(-1);
          assert.equal((seen?.config as Record<string, unknown>).greeting, "saved by the plugin");
        });

        await t.step("an invalid save from the plugin raises there with the host's message", async () => {
          const response = await fetch(`${env.url}/plugins/${ID}/save`, {
            method: "POST",
            body: JSON.stringify({ enabled: "yes" }),
          });
          assert.equal(response.status, 500);
          assert.match(
            await response.text(),
            /InvalidArgumentError: Invalid plugin settings: enabled must be true or false, got "yes"/,
          );
        });

        await t.step("a cluster event reaches the plugin's own handler", async () => {
          assert.equal(
            await (await fetch(`${env.url}/plugins/${ID}/publish`, { method: "POST", body: "now" })).text(),
            "published",
          );
          const event = await waitFor(
            "the cluster event",
            async () => (await events(dir)).find((event) => event.event === "cluster_event"),
          );
          assert.deepEqual(event, { event: "cluster_event", id: "cache-flush", data: "now" });
        });
      } finally {
        await env.host.stop();
      }

      await t.step("settings survive a restart", async () => {
        const again = await startHost(plugins, { dataDir: data });
        try {
          const plain = await (await fetch(`${again.url}/plugins/${ID}/`)).json();
          assert.equal(plain.greeting, "saved by the plugin");
          assert.equal(plain.limit, 3);
        } finally {
          await again.host.stop();
        }
      });

      await t.step("an error from OnConfigurationChange before activation fails the activation", async () => {
        const again = await startHost(plugins, { dataDir: data });
        try {
          const response = await config(again, { greeting: "fail-activation" });
          assert.equal((await response.json()).hook_error, "ValueError: greeting must not be fail-activation");
          await again.admin(`/api/v4/plugins/${ID}/disable`, { method: "POST" }).then((r) => r.body?.cancel());
          const enabled = await again.admin(`/api/v4/plugins/${ID}/enable`, { method: "POST" });
          assert.equal(enabled.status, 500);
          assert.match(
            (await enabled.json()).error.message,
            /OnConfigurationChange returned an error: ValueError: greeting must not be fail-activation/,
          );
        } finally {
          await again.host.stop();
        }
      });
    } finally {
      await Deno.remove(plugins, { recursive: true });
      await Deno.remove(data, { recursive: true });
    }
  },
});

Deno.test({
  name: "OnInstall runs once a plugin uploaded with enable=true is active",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir(), { enableUploads: true });
    const work = await Deno.makeTempDir();
    try {
      const file = join(work, "configured.tar.gz");
      await packDirectory(join(FIXTURES, "configured"), "configured", file);
      const response = await env.admin("/api/v4/plugins?enable=true", {
        method: "POST",
        headers: { "content-type": "application/gzip" },
        body: await Deno.readFile(file),
      });
      assert.equal(response.status, 201);
      assert.equal((await response.json()).state, "active");
      const seen = (await events(join(env.pluginsDir, ID))).map((event) => event.event);
      assert.deepEqual(seen, ["configuration_change", "activate", "install"]);
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
});
