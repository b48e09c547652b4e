import assert from "node:assert/strict";
import * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { createChannel, events, pluginsDir, postJson, PYTHON_MISSING, startHost, waitFor } from "./_helpers.ts";
import { apiServiceDefinition, SECRET_METADATA_KEY } from "../lib/rpc.ts";

const RECORDER = "com.example.recorder";

Deno.test({
  name: "plugin starts and reports implemented hooks",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const plugins = await env.plugins();
    assert.equal(plugins.size, 1);
    const plugin = plugins.get(RECORDER)!;
    assert.equal(plugin.id, RECORDER);
    assert.equal(plugin.state, "active");
    assert.equal(plugin.version, "1.0.0");
    assert.deepEqual(plugin.implemented, [
      "MessageHasBeenPosted",
      "MessageWillBePosted",
      "OnActivate",
      "OnDeactivate",
      "ServeHTTP",
    ]);
  },
});

Deno.test({
  name: "OnActivate is called",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const seen = await events(join(env.pluginsDir, "recorder"));
    assert.deepEqual(seen.map((event) => event.event), ["activate"]);
    // What the plugin printed, logged with Python's logging and logged through the API
    // reaches the host log tagged with its id.
    const tagged = env.logs.filter((line) => line.includes(`plugin=${RECORDER}`));
    assert.ok(tagged.some((line) => line.includes("printed text goes to the host log")), tagged.join("\n"));
    assert.ok(tagged.some((line) => line.includes("WARN") && line.includes("python logging reaches the host")));
    assert.ok(
      tagged.some((line) => line.includes("INFO") && line.includes("recorder activated") && line.includes("answer=42")),
    );
    assert.ok(
      tagged.some((line) =>
        line.includes("DEBUG") && line.includes("recorder debug line") && line.includes("level=debug")
      ),
    );
    assert.ok(
      tagged.some((line) => line.includes("ERROR") && line.includes("recorder error line") && line.includes("code=7")),
    );
  },
});

Deno.test({
  name: "MessageHasBeenPosted hook receives events",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const channel = await createChannel(env.url, "town-square");
    const response = await postJson(`${env.url}/api/v4/posts`, {
      channel_id: channel,
      message: "hello plugins",
      props: { source: "test" },
    });
    assert.equal(response.status, 201);
    const post = await response.json();
    assert.equal(post.id.length, 26);
    const seen = await waitFor(
      "the has-been-posted event",
      async () => (await events(join(env.pluginsDir, "recorder"))).find((event) => event.event === "has_been_posted"),
    );
    assert.deepEqual(seen, {
      event: "has_been_posted",
      id: post.id,
      message: "hello plugins",
      channel_id: channel,
      props: { source: "test" },
    });
    const stored = await (await fetch(`${env.url}/api/v4/posts/${post.id}`)).json();
    assert.equal(stored.message, "hello plugins");
  },
});

Deno.test({
  name: "MessageWillBePosted can modify and reject",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("recorder"));
    const channel = await createChannel(env.url, "c");
    await t.step("a changed post is what gets saved", async () => {
      const response = await postJson(`${env.url}/api/v4/posts`, { channel_id: channel, message: "please shout" });
      assert.equal(response.status, 201);
      const post = await response.json();
      assert.equal(post.message, "PLEASE SHOUT");
      assert.deepEqual(post.props, { shouted: true });
      const stored = await (await fetch(`${env.url}/api/v4/posts/${post.id}`)).json();
      assert.equal(stored.message, "PLEASE SHOUT");
    });
    for (const [message, reason] of [["reject me", "rejected by recorder"], ["tuple-reject", "rejected by tuple"]]) {
      await t.step(`a rejected post (${message}) is not saved and the client hears why`, async () => {
        const response = await postJson(`${env.url}/api/v4/posts`, { channel_id: channel, message });
        assert.equal(response.status, 400);
        const body = await response.json();
        assert.equal(body.error.code, "post_rejected");
        assert.equal(body.error.message, `Post rejected by plugin ${RECORDER}: ${reason}`);
      });
    }
    const saved = (await events(join(env.pluginsDir, "recorder"))).filter((event) => event.event === "has_been_posted");
    await waitFor(
      "one has-been-posted event",
      async () => (await events(join(env.pluginsDir, "recorder"))).some((event) => event.event === "has_been_posted"),
    );
    assert.ok(saved.every((event) => event.message === "PLEASE SHOUT"));
  },
});

Deno.test({
  name: "ServeHTTP handles requests",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const response = await fetch(`${env.url}/plugins/${RECORDER}/hello?name=plughost`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "text/plain");
    assert.equal(await response.text(), "hello plughost");
  },
});

Deno.test({
  name: "OnDeactivate is called on shutdown",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const env = await startHost(await pluginsDir("recorder"));
    const dir = join(env.pluginsDir, "recorder");
    await env.host.stop();
    const seen = (await events(dir)).map((event) => event.event);
    await Deno.remove(env.pluginsDir, { recursive: true });
    await Deno.remove(env.dataDir, { recursive: true });
    assert.deepEqual(seen, ["activate", "deactivate"]);
  },
});

Deno.test({
  name: "API calls are isolated per plugin",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("recorder", "kv_peer"));
    const recorderKv = `${env.url}/plugins/${RECORDER}/kv?key=shared`;
    const peerKv = `${env.url}/plugins/com.example.kvpeer/?key=shared`;

    await t.step("each plugin reads only its own value under the same key", async () => {
      assert.equal((await fetch(recorderKv, { method: "PUT", body: "recorder's" })).status, 204);
      assert.equal((await fetch(peerKv, { method: "PUT", body: "peer's" })).status, 204);
      assert.equal(await (await fetch(recorderKv)).text(), "recorder's");
      assert.equal(await (await fetch(peerKv)).text(), "peer's");
    });
    await t.step("a key set by one plugin does not exist for another", async () => {
      assert.equal(
        (await fetch(`${env.url}/plugins/${RECORDER}/kv?key=only-mine`, { method: "PUT", body: "x" })).status,
        204,
      );
      const response = await fetch(`${env.url}/plugins/com.example.kvpeer/?key=only-mine`);
      assert.equal(response.status, 404);
      await response.body?.cancel();
    });
    await t.step("a call without a live secret is refused", async () => {
      const status = await callApiWithSecret(env.host.apiTarget, "not-a-secret");
      assert.equal(status, "UNAUTHENTICATED");
    });
  },
});

Deno.test({
  name: "plugins create and read posts through the API",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const channel = await createChannel(env.url, "from-plugin");
    const response = await fetch(`${env.url}/plugins/${RECORDER}/post?channel=${channel}`, {
      method: "POST",
      body: "posted by a plugin",
    });
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.message, "posted by a plugin");
    assert.equal(body.missing, "Post no-such-post does not exist");
    const stored = await (await fetch(`${env.url}/api/v4/posts/${body.id}`)).json();
    assert.equal(stored.channel_id, channel);
    assert.match(body.missing_channel, /^Channel nowhere does not exist/);
  },
});

async function callApiWithSecret(target: string, secret: string): Promise<string> {
  const Client = grpc.makeGenericClientConstructor(apiServiceDefinition(), "API");
  const client = new Client(target, grpc.credentials.createInsecure());
  try {
    const metadata = new grpc.Metadata();
    metadata.set(SECRET_METADATA_KEY, secret);
    return await new Promise((resolve) => {
      // deno-lint-ignore no-explicit-any
      (client as any).KVGet({ key: "shared" }, metadata, (error: grpc.ServiceError | null) => {
        resolve(error ? grpc.status[error.code] : "OK");
      });
    });
  } finally {
    client.close();
  }
}

Deno.test({
  name: "the example plugin works as the README shows",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("examples/hello"));
    const hello = `${env.url}/plugins/com.example.hello/hello`;
    assert.deepEqual(await (await fetch(hello)).json(), { greeting: "Hello from Python", posts_seen: 0 });
    const channel = await createChannel(env.url, "town-square");
    const posted = await postJson(`${env.url}/api/v4/posts`, { channel_id: channel, message: "hello plugins" });
    assert.equal(posted.status, 201);
    await posted.body?.cancel();
    const blocked = await postJson(`${env.url}/api/v4/posts`, { channel_id: channel, message: "buy spam now" });
    assert.equal(blocked.status, 400);
    assert.match((await blocked.json()).error.message, /the message contains a blocked word/);
    await waitFor("the example to count the post", async () => (await (await fetch(hello)).json()).posts_seen === 1);
    const echo = await fetch(`${env.url}/plugins/com.example.hello/echo`, { method: "POST", body: "round trip" });
    assert.equal(await echo.text(), "round trip");
  },
});
