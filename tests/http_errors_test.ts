import assert from "node:assert/strict";
import { ADMIN_TOKEN, pluginsDir, PYTHON_MISSING, startHost } from "./_helpers.ts";

Deno.test({
  name: "malformed requests get a clear JSON error and change nothing",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("kv_peer"));
    const cases: [string, string, RequestInit, number, string, RegExp][] = [
      [
        "a body that is not JSON",
        "/api/v4/posts",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{not json",
        },
        400,
        "invalid_json",
        /The request body is not valid JSON/,
      ],
      [
        "a body that is not JSON at all (form)",
        "/api/v4/posts",
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "channel_id=c&message=m",
        },
        415,
        "unsupported_media_type",
        /Expected a JSON body \(Content-Type: application\/json\)/,
      ],
      [
        "a post without a message",
        "/api/v4/posts",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ channel_id: "c" }),
        },
        400,
        "invalid_argument",
        /Invalid post: field message is missing/,
      ],
      [
        "a post with a number for a message",
        "/api/v4/posts",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ channel_id: "c", message: 5 }),
        },
        400,
        "invalid_argument",
        /field message must be a string, got number/,
      ],
      [
        "a post too long",
        "/api/v4/posts",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ channel_id: "c", message: "x".repeat(16384) }),
        },
        400,
        "invalid_argument",
        /is 16384 characters long; the limit is 16383/,
      ],
      ["an unknown route", "/api/v4/nothing", {}, 404, "not_found", /No route for GET \/api\/v4\/nothing/],
      [
        "a malformed Authorization header",
        "/api/v4/system/ping",
        {
          headers: { authorization: "Token abc" },
        },
        401,
        "unauthorized",
        /Authorization: Bearer <a user's token>/,
      ],
      [
        "settings that are not JSON",
        "/api/v4/plugins/com.example.kvpeer/config",
        {
          method: "PUT",
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
          body: "{",
        },
        400,
        "invalid_json",
        /The request body is not valid JSON/,
      ],
      [
        "an admin method that does not exist",
        "/api/v4/plugins/com.example.kvpeer",
        {
          method: "PATCH",
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        },
        405,
        "method_not_allowed",
        /PATCH \/api\/v4\/plugins\/com\.example\.kvpeer is not supported/,
      ],
      [
        "an upload that is not a bundle type",
        "/api/v4/plugins",
        {
          method: "POST",
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "text/plain" },
          body: "hello",
        },
        403,
        "uploads_disabled",
        /uploads are disabled/,
      ],
    ];
    for (const [name, path, init, status, code, message] of cases) {
      await t.step(name, async () => {
        const response = await fetch(`${env.url}${path}`, init);
        assert.equal(response.status, status);
        assert.equal(response.headers.get("content-type"), "application/json");
        const error = (await response.json()).error;
        assert.equal(error.code, code);
        assert.match(error.message, message);
      });
    }
    await t.step("nothing was stored and the host still serves", async () => {
      const ping = await fetch(`${env.url}/api/v4/system/ping`);
      assert.deepEqual(await ping.json(), { status: "OK" });
      const plugins = await env.plugins();
      assert.equal(plugins.get("com.example.kvpeer")?.state, "active");
    });
  },
});
