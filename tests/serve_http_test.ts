import assert from "node:assert/strict";
import { join } from "node:path";
import { events, pluginsDir, PYTHON_MISSING, sha256Hex, startHost, type TestHost, waitFor } from "./_helpers.ts";

const RECORDER = "com.example.recorder";
const MiB = 1024 * 1024;

/** Byte i is i % 251, as the recorder's /download produces. */
function pattern(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 251;
  return bytes;
}

/** Streams `size` bytes of pseudo-random data in 1 MiB pieces; `digest` resolves to their sha256. */
function randomUpload(size: number): { body: ReadableStream<Uint8Array>; digest: Promise<string> } {
  const piece = crypto.getRandomValues(new Uint8Array(MiB / 16));
  const block = new Uint8Array(MiB);
  for (let i = 0; i < 16; i++) block.set(piece, i * piece.length);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const chunk = block.subarray(0, Math.min(block.length, size - sent));
      sent += chunk.length;
      controller.enqueue(chunk.slice());
    },
  });
  const whole = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += block.length) {
    whole.set(block.subarray(0, Math.min(block.length, size - offset)), offset);
  }
  return { body, digest: sha256Hex(whole) };
}

Deno.test({
  name: "ServeHTTP bridge",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env: TestHost = await startHost(await pluginsDir("recorder", "wsgi_app"));
    const base = `${env.url}/plugins/${RECORDER}`;

    await t.step("GET answers with the plugin's status and body", async () => {
      const response = await fetch(`${base}/hello?name=you`);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), "hello you");
    });

    await t.step("POST body reaches the plugin", async () => {
      const response = await fetch(`${base}/echo`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "posted text",
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("content-type"), "text/plain");
      assert.equal(await response.text(), "posted text");
    });

    await t.step("a response larger than 64 KiB arrives intact", async () => {
      const size = 200 * 1024 + 17;
      const response = await fetch(`${base}/download?size=${size}`);
      const body = await response.bytes();
      assert.equal(body.length, size);
      assert.deepEqual(body, pattern(size));
    });

    await t.step("request headers reach the plugin, identity headers from the client do not", async () => {
      const response = await fetch(`${base}/headers?x=1`, {
        headers: { "X-Custom": "one", "Plughost-User-Id": "forged-admin", "Plughost-Plugin-Id": "forged" },
      });
      const seen = await response.json();
      assert.deepEqual(seen.headers["x-custom"], ["one"]);
      assert.equal(seen.headers["plughost-user-id"], undefined);
      assert.equal(seen.headers["plughost-plugin-id"], undefined);
      assert.equal(seen.user_id, "");
      assert.equal(seen.method, "GET");
      assert.equal(seen.url, "/headers?x=1");
      assert.match(seen.remote_addr, /^127\.0\.0\.1:\d+$/);
    });

    await t.step("response status and headers set by the plugin reach the client", async () => {
      const response = await fetch(`${base}/headers`);
      await response.body?.cancel();
      assert.equal(response.status, 201);
      assert.equal(response.headers.get("x-plugin"), "recorder");
      assert.deepEqual(response.headers.getSetCookie(), ["a=1", "b=2"]);
    });

    await t.step("50 MiB upload arrives whole (sha256)", async () => {
      const { body, digest } = randomUpload(50 * MiB);
      const response = await fetch(`${base}/upload`, { method: "POST", body });
      const result = await response.json();
      assert.equal(result.length, 50 * MiB);
      assert.equal(result.sha256, await digest);
    });

    await t.step("50 MiB download arrives whole (sha256)", async () => {
      const size = 50 * MiB;
      const response = await fetch(`${base}/download?size=${size}`);
      const body = await response.bytes();
      assert.equal(body.length, size);
      assert.equal(await sha256Hex(body), await sha256Hex(pattern(size)));
    });

    await t.step("a client that aborts mid-stream cancels the plugin's handler; the host stays healthy", async () => {
      const controller = new AbortController();
      const response = await fetch(`${base}/endless`, { signal: controller.signal });
      const reader = response.body!.getReader();
      let received = 0;
      while (received < 512 * 1024) received += (await reader.read()).value?.length ?? 0;
      controller.abort();
      await reader.cancel().catch(() => {});
      await waitFor(
        "the plugin to see the disconnect",
        async () =>
          (await events(join(env.pluginsDir, "recorder"))).some((event) => event.event === "client_disconnected"),
      );
      const again = await fetch(`${base}/hello`);
      assert.equal(await again.text(), "hello world");
    });

    await t.step("an exception before the response is a 500 from the plugin", async () => {
      const response = await fetch(`${base}/fail`);
      assert.equal(response.status, 500);
      assert.match(await response.text(), /RuntimeError: handler failed on purpose/);
    });

    await t.step("a WSGI app mounted through the adapter answers", async () => {
      const response = await fetch(`${env.url}/plugins/com.example.wsgi/items/42?q=x`, {
        method: "PUT",
        headers: { "X-Custom": "wsgi", "content-type": "text/plain" },
        body: "payload",
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get("x-wsgi"), "yes");
      assert.deepEqual(await response.json(), {
        script_name: "/plugins/com.example.wsgi",
        path_info: "/items/42",
        query: "q=x",
        method: "PUT",
        body: "payload",
        custom_header: "wsgi",
      });
    });

    await t.step("an unknown plugin is a 404", async () => {
      const response = await fetch(`${env.url}/plugins/com.example.nobody/hello`);
      assert.equal(response.status, 404);
      assert.equal((await response.json()).error.code, "plugin_not_found");
    });
  },
});
