import assert from "node:assert/strict";
import { join } from "node:path";
import { packDirectory } from "../lib/bundle.ts";
import { copyDir, FIXTURES, listDir, pluginsDir, PYTHON_MISSING, startHost } from "./_helpers.ts";

/** Packs a copy of a fixture plugin, changed by `edit`, into a bundle file. */
async function fixtureBundle(
  name: string,
  edit: (dir: string) => Promise<void> = async () => {},
): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const work = await Deno.makeTempDir({ prefix: "plughost-bundle-src-" });
  const dir = join(work, name);
  await copyDir(join(FIXTURES, name), dir);
  await edit(dir);
  const file = join(work, `${name}.tar.gz`);
  await packDirectory(dir, name, file);
  return { file, cleanup: () => Deno.remove(work, { recursive: true }) };
}

async function setVersion(dir: string, version: string): Promise<void> {
  const path = join(dir, "plugin.json");
  const manifest = JSON.parse(await Deno.readTextFile(path));
  await Deno.writeTextFile(path, JSON.stringify({ ...manifest, version }));
}

Deno.test({
  name: "admin endpoints need the admin token and uploads need --enable-uploads",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("kv_peer"));
    for (const authorization of [undefined, "Bearer wrong-token", "Basic dGVzdDp0ZXN0"]) {
      await t.step(`${authorization ?? "no Authorization header"}: 401 and nothing done`, async () => {
        const headers: HeadersInit = authorization ? { authorization } : {};
        for (const [method, path] of [["GET", "/api/v4/plugins"], ["DELETE", "/api/v4/plugins/com.example.kvpeer"]]) {
          const response: Response = await fetch(`${env.url}${path}`, { method, headers });
          assert.equal(response.status, 401);
          assert.equal((await response.json()).error.code, "unauthorized");
        }
        assert.equal((await env.plugins()).get("com.example.kvpeer")?.state, "active");
      });
    }
    await t.step("uploads are refused unless enabled", async () => {
      const response = await env.admin("/api/v4/plugins", {
        method: "POST",
        headers: { "content-type": "application/gzip" },
        body: new Uint8Array(10),
      });
      assert.equal(response.status, 403);
      assert.match((await response.json()).error.message, /uploads are disabled.*--enable-uploads/);
    });
  },
});

Deno.test({
  name: "installing, upgrading, disabling and removing plugins over the admin API",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("kv_peer"), {
      enableUploads: true,
      bundleLimits: { maxCompressedBytes: 1024 * 1024 },
    });
    const upload = (file: string, query = "") =>
      Deno.readFile(file).then((body) =>
        env.admin(`/api/v4/plugins${query}`, { method: "POST", headers: { "content-type": "application/gzip" }, body })
      );
    const recorder = await fixtureBundle("recorder");

    await t.step("an uploaded bundle is installed disabled unless enable=true", async () => {
      const response = await upload(recorder.file);
      assert.equal(response.status, 201);
      const info = await response.json();
      assert.equal(info.id, "com.example.recorder");
      assert.equal(info.state, "disabled");
      assert.ok((await Deno.stat(join(env.pluginsDir, "com.example.recorder", "plugin.json"))).isFile);
    });

    await t.step("installing it again without force is a 409", async () => {
      const response = await upload(recorder.file, "?enable=true");
      assert.equal(response.status, 409);
      assert.equal((await response.json()).error.code, "plugin_exists");
    });

    await t.step("enable starts it", async () => {
      const response = await env.admin("/api/v4/plugins/com.example.recorder/enable", { method: "POST" });
      assert.equal((await response.json()).state, "active");
      assert.equal(await (await fetch(`${env.url}/plugins/com.example.recorder/hello`)).text(), "hello world");
    });

    await t.step("a multipart upload (form field plugin) works as in Mattermost", async () => {
      const peer = await fixtureBundle("kv_peer", (dir) => setVersion(dir, "0.2.0"));
      try {
        const form = new FormData();
        form.append("plugin", new Blob([await Deno.readFile(peer.file)]), "kv_peer.tar.gz");
        const response = await env.admin("/api/v4/plugins?force=true", { method: "POST", body: form });
        assert.equal(response.status, 201, await response.clone().text());
        const info = await response.json();
        assert.equal(info.version, "0.2.0");
        assert.equal(info.state, "active", "an enabled plugin stays enabled through an upgrade");
      } finally {
        await peer.cleanup();
      }
    });

    await t.step("an upgrade replaces the running version", async () => {
      const v2 = await fixtureBundle("recorder", async (dir) => {
        await setVersion(dir, "2.0.0");
        const path = join(dir, "plugin.py");
        await Deno.writeTextFile(path, (await Deno.readTextFile(path)).replace('"hello "', '"hello v2 "'));
      });
      try {
        const response = await upload(v2.file, "?force=true");
        assert.equal(response.status, 201);
        assert.equal((await response.json()).version, "2.0.0");
        assert.equal(await (await fetch(`${env.url}/plugins/com.example.recorder/hello`)).text(), "hello v2 world");
      } finally {
        await v2.cleanup();
      }
    });

    await t.step("an upgrade that fails to activate is rolled back to the running version", async () => {
      const broken = await fixtureBundle("recorder", async (dir) => {
        await setVersion(dir, "3.0.0");
        const path = join(dir, "plugin.py");
        const code = await Deno.readTextFile(path);
        await Deno.writeTextFile(path, code.replace('record("activate")', 'raise RuntimeError("v3 is broken")'));
      });
      try {
        const response = await upload(broken.file, "?force=true");
        assert.equal(response.status, 400);
        const error = (await response.json()).error;
        assert.equal(error.code, "upgrade_failed");
        assert.match(
          error.message,
          /Upgrade of com\.example\.recorder to 3\.0\.0 failed, version 2\.0\.0 was restored/,
        );
        assert.match(error.message, /v3 is broken/);
        const info = (await env.plugins()).get("com.example.recorder")!;
        assert.equal(info.version, "2.0.0");
        assert.equal(info.state, "active");
        assert.equal(await (await fetch(`${env.url}/plugins/com.example.recorder/hello`)).text(), "hello v2 world");
      } finally {
        await broken.cleanup();
      }
    });

    await t.step("a bundle over the size limit is a 413 and nothing is written", async () => {
      const before = await listDir(env.pluginsDir);
      const response = await env.admin("/api/v4/plugins", {
        method: "POST",
        headers: { "content-type": "application/gzip" },
        body: new Uint8Array(2 * 1024 * 1024),
      });
      assert.equal(response.status, 413);
      assert.equal((await response.json()).error.code, "bundle_too_large");
      assert.deepEqual(await listDir(env.pluginsDir), before);
    });

    await t.step("disable stops it, remove deletes it", async () => {
      const disabled = await env.admin("/api/v4/plugins/com.example.recorder/disable", { method: "POST" });
      assert.equal((await disabled.json()).state, "disabled");
      const gone = await fetch(`${env.url}/plugins/com.example.recorder/hello`);
      assert.equal(gone.status, 503);
      await gone.body?.cancel();
      const removed = await env.admin("/api/v4/plugins/com.example.recorder", { method: "DELETE" });
      assert.deepEqual(await removed.json(), { id: "com.example.recorder", removed: true });
      await assert.rejects(Deno.stat(join(env.pluginsDir, "com.example.recorder")), Deno.errors.NotFound);
      const unknown = await fetch(`${env.url}/plugins/com.example.recorder/hello`);
      assert.equal(unknown.status, 404);
      await unknown.body?.cancel();
    });
    await recorder.cleanup();
  },
});

Deno.test({
  name: "enabled and disabled states survive a host restart",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const plugins = await pluginsDir("kv_peer", "recorder");
    const data = await Deno.makeTempDir();
    try {
      const first = await startHost(plugins, { dataDir: data });
      await first.admin("/api/v4/plugins/com.example.kvpeer/disable", { method: "POST" }).then((r) => r.body?.cancel());
      await first.host.stop();

      const second = await startHost(plugins, { dataDir: data });
      try {
        const states = await second.plugins();
        assert.equal(states.get("com.example.kvpeer")?.state, "disabled");
        assert.equal(states.get("com.example.recorder")?.state, "active");
        const enabled = await second.admin("/api/v4/plugins/com.example.kvpeer/enable", { method: "POST" });
        assert.equal((await enabled.json()).state, "active");
      } finally {
        await second.stop();
      }
    } finally {
      await Deno.remove(data, { recursive: true }).catch(() => {});
    }
  },
});

Deno.test({
  name: "malformed uploads are refused with the reason and write nothing",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("kv_peer"), { enableUploads: true });
    const before = await listDir(env.pluginsDir);
    const upload = (headers: HeadersInit, body: BodyInit) =>
      env.admin("/api/v4/plugins", { method: "POST", headers, body });
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      [
        "a form without a plugin field",
        () => {
          const form = new FormData();
          form.append("file", new Blob([new Uint8Array(10)]), "x.tar.gz");
          return env.admin("/api/v4/plugins", { method: "POST", body: form });
        },
        400,
        /The form has no "plugin" field/,
      ],
      [
        "a multipart body without its boundary",
        () => upload({ "content-type": "multipart/form-data; boundary=xyz" }, "no boundary here at all"),
        400,
        /Malformed multipart upload: no opening boundary/,
      ],
      ["an empty bundle", () => upload({ "content-type": "application/gzip" }, new Uint8Array()), 400, /empty/],
      [
        "a text body",
        () => upload({ "content-type": "text/plain" }, "hello"),
        415,
        /Upload the bundle as the request body/,
      ],
      [
        "bytes that are not a bundle",
        () => upload({ "content-type": "application/gzip" }, "not gzip"),
        400,
        /Corrupt bundle: it is not a valid \.tar\.gz file/,
      ],
    ];
    for (const [name, send, status, message] of cases) {
      await t.step(name, async () => {
        const response = await send();
        assert.equal(response.status, status);
        assert.match((await response.json()).error.message, message);
        assert.deepEqual(await listDir(env.pluginsDir), before);
      });
    }
  },
});
