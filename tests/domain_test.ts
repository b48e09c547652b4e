import assert from "node:assert/strict";
import { join } from "node:path";
import { events, pluginsDir, postJson, PYTHON_MISSING, startHost, waitFor } from "./_helpers.ts";

const BASE = "/plugins/com.example.social";

/** Waits until the plugin in `dir` recorded at least `count` events called `name`, and returns them. */
function eventsNamed(dir: string, name: string, count: number) {
  return waitFor(`${count} ${name} event(s)`, async () => {
    const matching = (await events(dir)).filter((event) => event.event === name);
    return matching.length >= count ? matching : undefined;
  });
}

Deno.test({
  name: "users and channels: app API, hooks, tokens, plugin API",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("social"));
    const dir = join(env.pluginsDir, "social");
    const seen = (name: string, count = 1) => eventsNamed(dir, name, count);

    let alice: { id: string; token: string; username: string };
    let bob: { id: string; token: string };
    await t.step("creating a user returns its token once and fires UserHasBeenCreated", async () => {
      const response = await postJson(`${env.url}/api/v4/users`, { username: "alice", email: "alice@example.com" });
      assert.equal(response.status, 201);
      alice = await response.json();
      assert.equal(alice.username, "alice");
      assert.match(alice.token, /^[0-9a-f]{48}$/);
      bob = await (await postJson(`${env.url}/api/v4/users`, { username: "bob" })).json();
      const created = await seen("user_created", 2);
      assert.deepEqual(created.map((event) => event.username).sort(), ["alice", "bob"]);
      const fetched = await (await fetch(`${env.url}/api/v4/users/username/alice`)).json();
      assert.equal(fetched.id, alice.id);
      assert.equal(fetched.token, undefined, "the token is never shown again");
    });

    await t.step("bad users are refused with the field named", async () => {
      for (
        const [body, status, message] of [
          [{ username: "Alice Smith" }, 400, /field username is "Alice Smith": use 3 to 22 lower-case letters/],
          [{}, 400, /field username is missing/],
          [{ username: "alice" }, 409, /The username alice is taken/],
        ] as const
      ) {
        const response = await postJson(`${env.url}/api/v4/users`, body);
        assert.equal(response.status, status);
        assert.match((await response.json()).error.message, message);
      }
      const missing = await fetch(`${env.url}/api/v4/users/nobody`);
      assert.equal(missing.status, 404);
      await missing.body?.cancel();
    });

    const asAlice = () => ({ authorization: `Bearer ${alice.token}`, "content-type": "application/json" });
    let channelId: string;
    await t.step("a channel created as a user has that user as creator and member", async () => {
      const response = await fetch(`${env.url}/api/v4/channels`, {
        method: "POST",
        headers: asAlice(),
        body: JSON.stringify({ name: "town-square", display_name: "Town Square" }),
      });
      assert.equal(response.status, 201);
      const channel = await response.json();
      channelId = channel.id;
      assert.equal(channel.creator_id, alice.id);
      assert.deepEqual(await (await fetch(`${env.url}/api/v4/channels/${channelId}/members`)).json(), [alice.id]);
      const [event] = await seen("channel_created");
      assert.deepEqual(event, { event: "channel_created", name: "town-square", id: channelId, creator_id: alice.id });
      const duplicate = await postJson(`${env.url}/api/v4/channels`, { name: "town-square" });
      assert.equal(duplicate.status, 409);
      await duplicate.body?.cancel();
    });

    await t.step(
      "adding and removing a member fires UserHasJoinedChannel and UserHasLeftChannel with the actor",
      async () => {
        const added = await fetch(`${env.url}/api/v4/channels/${channelId}/members`, {
          method: "POST",
          headers: asAlice(),
          body: JSON.stringify({ user_id: bob.id }),
        });
        assert.equal(added.status, 201);
        await added.body?.cancel();
        const [joined] = await seen("joined");
        assert.deepEqual(joined, { event: "joined", channel_id: channelId, user_id: bob.id, actor: "alice" });
        const again = await fetch(`${env.url}/api/v4/channels/${channelId}/members`, {
          method: "POST",
          headers: asAlice(),
          body: JSON.stringify({ user_id: bob.id }),
        });
        assert.equal(again.status, 409);
        await again.body?.cancel();

        const left = await fetch(`${env.url}/api/v4/channels/${channelId}/members/${bob.id}`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${bob.token}` },
        });
        assert.equal(left.status, 200);
        await left.body?.cancel();
        const [leftEvent] = await seen("left");
        assert.deepEqual(leftEvent, { event: "left", channel_id: channelId, user_id: bob.id, actor: null });
      },
    );

    await t.step("requests made with a token act as that user; a bad token is a 401", async () => {
      const post = await fetch(`${env.url}/api/v4/posts`, {
        method: "POST",
        headers: asAlice(),
        body: JSON.stringify({ channel_id: channelId, message: "hi", user_id: "someone-else" }),
      });
      assert.equal((await post.json()).user_id, alice.id);
      for (
        const [headers, body, status, message] of [
          [
            { authorization: `Bearer ${bob.token}` },
            { channel_id: channelId, message: "x" },
            403,
            /is not a member of channel/,
          ],
          [{}, { channel_id: "nowhere", message: "x" }, 404, /Channel nowhere does not exist; create it first/],
          [{}, { channel_id: channelId, message: "x", user_id: "ghost" }, 404, /User ghost does not exist/],
        ] as const
      ) {
        const refused = await fetch(`${env.url}/api/v4/posts`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        });
        assert.equal(refused.status, status);
        assert.match((await refused.json()).error.message, message);
      }
      const viaPlugin = await (await fetch(`${env.url}${BASE}/whoami`, { headers: asAlice() })).json();
      assert.deepEqual(viaPlugin, { user_id_header: alice.id, user_id: alice.id });
      const anonymous = await (await fetch(`${env.url}${BASE}/whoami`)).json();
      assert.deepEqual(anonymous, { user_id_header: null, user_id: "" });
      const bad = await fetch(`${env.url}${BASE}/whoami`, { headers: { authorization: "Bearer not-a-token" } });
      assert.equal(bad.status, 401);
      assert.match((await bad.json()).error.message, /The access token is not valid/);
    });

    await t.step("the plugin API creates and reads users and channels, with not-found errors", async () => {
      const result = await (await fetch(`${env.url}${BASE}/api?user=${alice.id}`)).json();
      assert.equal(result.bot.username, "helper-bot");
      assert.equal(result.bot.is_bot, true);
      assert.equal(result.by_username, true);
      assert.equal(result.channel, "bots");
      assert.equal(result.member, alice.id);
      assert.equal(result.missing_user, "User nobody does not exist");
      assert.equal(result.missing_channel, "Channel nowhere does not exist");
      assert.match(result.missing_member, /User nobody is not a member of channel/);
      assert.match(result.bad_username, /^InvalidArgumentError: Invalid user: field username is "Bad Name"/);
    });
  },
});

Deno.test({
  name: "users and channels survive a host restart",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const plugins = await pluginsDir();
    const data = await Deno.makeTempDir();
    try {
      const first = await startHost(plugins, { dataDir: data });
      const user = await (await postJson(`${first.url}/api/v4/users`, { username: "carol" })).json();
      const channel = await (await fetch(`${first.url}/api/v4/channels`, {
        method: "POST",
        headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "kept" }),
      })).json();
      await first.host.stop();
      const second = await startHost(plugins, { dataDir: data });
      try {
        assert.equal((await (await fetch(`${second.url}/api/v4/users/${user.id}`)).json()).username, "carol");
        assert.deepEqual(await (await fetch(`${second.url}/api/v4/channels/${channel.id}/members`)).json(), [user.id]);
        const mine = await fetch(`${second.url}/api/v4/posts`, {
          method: "POST",
          headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
          body: JSON.stringify({ channel_id: channel.id, message: "still me" }),
        });
        assert.equal((await mine.json()).user_id, user.id, "the token still works");
      } finally {
        await second.stop();
      }
    } finally {
      await Deno.remove(data, { recursive: true }).catch(() => {});
    }
  },
});

Deno.test({
  name: "posts and reactions: edits, deletion, listing and their hooks",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("post_events"));
    const dir = join(env.pluginsDir, "post_events");
    const seen = (name: string, count = 1) => eventsNamed(dir, name, count);
    const user = await (await postJson(`${env.url}/api/v4/users`, { username: "dora" })).json();
    const headers = { authorization: `Bearer ${user.token}`, "content-type": "application/json" };
    const channel = await (await fetch(`${env.url}/api/v4/channels`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "edits" }),
    })).json();
    const post = await (await fetch(`${env.url}/api/v4/posts`, {
      method: "POST",
      headers,
      body: JSON.stringify({ channel_id: channel.id, message: "hello" }),
    })).json();
    const edit = (message: string) =>
      fetch(`${env.url}/api/v4/posts/${post.id}`, { method: "PUT", headers, body: JSON.stringify({ message }) });

    await t.step("MessageWillBeUpdated may change an edit; MessageHasBeenUpdated sees new and old", async () => {
      const response = await edit("please shout");
      assert.equal(response.status, 200);
      const updated = await response.json();
      assert.equal(updated.message, "PLEASE SHOUT");
      assert.ok(updated.update_at >= post.update_at);
      const [event] = await seen("updated");
      assert.deepEqual(event, { event: "updated", id: post.id, new: "PLEASE SHOUT", old: "hello" });
    });

    await t.step("MessageWillBeUpdated may reject an edit, which is then not saved", async () => {
      const response = await edit("forbidden words");
      assert.equal(response.status, 400);
      assert.equal(
        (await response.json()).error.message,
        "Post edit rejected by plugin com.example.postevents: edits may not say forbidden",
      );
      assert.equal((await (await fetch(`${env.url}/api/v4/posts/${post.id}`)).json()).message, "PLEASE SHOUT");
    });

    await t.step("reactions fire ReactionHasBeenAdded and ReactionHasBeenRemoved", async () => {
      const added = await fetch(`${env.url}/api/v4/reactions`, {
        method: "POST",
        headers,
        body: JSON.stringify({ post_id: post.id, emoji_name: "smile" }),
      });
      assert.equal(added.status, 201);
      assert.equal((await added.json()).user_id, user.id);
      assert.deepEqual(
        (await (await fetch(`${env.url}/api/v4/posts/${post.id}/reactions`)).json()).map((r: { emoji_name: string }) =>
          r.emoji_name
        ),
        ["smile"],
      );
      const removed = await fetch(`${env.url}/api/v4/users/${user.id}/posts/${post.id}/reactions/smile`, {
        method: "DELETE",
        headers,
      });
      assert.equal(removed.status, 200);
      await removed.body?.cancel();
      assert.deepEqual((await seen("reaction_added"))[0], {
        event: "reaction_added",
        user_id: user.id,
        post_id: post.id,
        emoji: "smile",
      });
      assert.equal((await seen("reaction_removed"))[0].emoji, "smile");
      for (
        const [body, status] of [
          [{ post_id: post.id, emoji_name: "Not Valid" }, 400],
          [{ post_id: "nope", emoji_name: "smile" }, 404],
        ] as const
      ) {
        const response = await fetch(`${env.url}/api/v4/reactions`, {
          method: "POST",
          headers,
          body: JSON.stringify(body),
        });
        assert.equal(response.status, status);
        await response.body?.cancel();
      }
    });

    await t.step("a channel's posts are listed newest first, with paging", async () => {
      for (const message of ["two", "three"]) {
        await (await fetch(`${env.url}/api/v4/posts`, {
          method: "POST",
          headers,
          body: JSON.stringify({ channel_id: channel.id, message }),
        })).body?.cancel();
      }
      const listed = await (await fetch(`${env.url}/api/v4/channels/${channel.id}/posts?per_page=2`)).json();
      assert.deepEqual(listed.map((p: { message: string }) => p.message), ["three", "two"]);
      const next = await (await fetch(`${env.url}/api/v4/channels/${channel.id}/posts?per_page=2&page=1`)).json();
      assert.deepEqual(next.map((p: { message: string }) => p.message), ["PLEASE SHOUT"]);
      const bad = await fetch(`${env.url}/api/v4/channels/${channel.id}/posts?per_page=0`);
      assert.equal(bad.status, 400);
      await bad.body?.cancel();
    });

    await t.step("a user may not edit, delete or unreact for someone else", async () => {
      const eve = await (await postJson(`${env.url}/api/v4/users`, { username: "eve" })).json();
      const asEve = { authorization: `Bearer ${eve.token}`, "content-type": "application/json" };
      await (await fetch(`${env.url}/api/v4/reactions`, {
        method: "POST",
        headers,
        body: JSON.stringify({ post_id: post.id, emoji_name: "heart" }),
      })).body?.cancel();
      for (
        const [method, path, body, message] of [
          ["PUT", `/api/v4/posts/${post.id}`, { message: "hijacked" }, /may not edit post \w+, which is not theirs/],
          ["DELETE", `/api/v4/posts/${post.id}`, undefined, /may not delete post \w+, which is not theirs/],
          [
            "DELETE",
            `/api/v4/users/${user.id}/posts/${post.id}/reactions/heart`,
            undefined,
            /may not remove the reactions of user/,
          ],
        ] as const
      ) {
        const response = await fetch(`${env.url}${path}`, {
          method,
          headers: asEve,
          body: body ? JSON.stringify(body) : undefined,
        });
        assert.equal(response.status, 403);
        assert.match((await response.json()).error.message, message);
      }
      assert.equal((await (await fetch(`${env.url}/api/v4/posts/${post.id}`)).json()).message, "PLEASE SHOUT");
      const edit = await fetch(`${env.url}/api/v4/posts/${post.id}`, {
        method: "PUT",
        headers,
        body: JSON.stringify({ text: "no message field" }),
      });
      assert.equal(edit.status, 400);
      assert.match((await edit.json()).error.message, /Invalid post edit: field message is missing/);
    });

    await t.step("deleting fires MessageHasBeenDeleted and the post is gone", async () => {
      const response = await fetch(`${env.url}/api/v4/posts/${post.id}`, { method: "DELETE", headers });
      assert.equal(response.status, 200);
      await response.body?.cancel();
      const [event] = await seen("deleted");
      assert.deepEqual(event, { event: "deleted", id: post.id, message: "PLEASE SHOUT", deleted: true });
      const gone = await fetch(`${env.url}/api/v4/posts/${post.id}`);
      assert.equal(gone.status, 404);
      await gone.body?.cancel();
    });

    await t.step("the plugin API edits, lists, reacts and deletes, with not-found errors", async () => {
      const result =
        await (await fetch(`${env.url}/plugins/com.example.postevents/?channel=${channel.id}&user=${user.id}`))
          .json();
      assert.equal(result.updated, "second draft");
      assert.equal(result.listed[0], "second draft");
      assert.deepEqual(result.reactions, ["thumbsup"]);
      assert.match(result.deleted_get, /^Post \w+ does not exist$/);
      assert.equal(result.missing_update, "Post nope does not exist");
      assert.match(result.missing_reaction, /has no x reaction on post/);
    });
  },
});

Deno.test({
  name: "slash commands: registration, ExecuteCommand, in-channel answers, errors",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("weather", "kv_peer"));
    const user = await (await postJson(`${env.url}/api/v4/users`, { username: "erin" })).json();
    const headers = { authorization: `Bearer ${user.token}`, "content-type": "application/json" };
    const channel = await (await fetch(`${env.url}/api/v4/channels`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "weather-talk" }),
    })).json();
    const run = (command: string) =>
      fetch(`${env.url}/api/v4/commands/execute`, {
        method: "POST",
        headers,
        body: JSON.stringify({ channel_id: channel.id, command }),
      });

    await t.step("registered commands are listed with their autocomplete data", async () => {
      const commands = await (await fetch(`${env.url}/api/v4/commands`)).json();
      assert.deepEqual(commands.map((c: { trigger: string }) => c.trigger), ["forecast", "weather"]);
      const weather = commands.find((c: { trigger: string }) => c.trigger === "weather");
      assert.equal(weather.plugin_id, "com.example.weather");
      assert.equal(weather.auto_complete, true);
      assert.equal(weather.auto_complete_hint, "[city]");
    });

    await t.step("an ephemeral answer comes back to the caller only", async () => {
      const response = await run("/weather oslo");
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), {
        response_type: "ephemeral",
        text: `It is mild in oslo (asked by ${user.id} in ${channel.id})`,
        props: {},
      });
      assert.deepEqual(await (await fetch(`${env.url}/api/v4/channels/${channel.id}/posts`)).json(), []);
    });

    await t.step("an in-channel answer is posted to the channel as the caller", async () => {
      const result = await (await run("/forecast paris")).json();
      assert.equal(result.response_type, "in_channel");
      const posts = await (await fetch(`${env.url}/api/v4/channels/${channel.id}/posts`)).json();
      assert.equal(posts.length, 1);
      assert.equal(posts[0].id, result.post_id);
      assert.equal(posts[0].message, "Forecast for paris: sunny");
      assert.equal(posts[0].user_id, user.id);
    });

    await t.step("a command error reaches the caller with the plugin's status and message", async () => {
      const response = await run("/forecast");
      assert.equal(response.status, 400);
      assert.equal(
        (await response.json()).error.message,
        "ExecuteCommand returned an error: Which city? Try /forecast paris",
      );
    });

    await t.step("unknown and malformed commands are clear errors", async () => {
      const unknown = await run("/nothing here");
      assert.equal(unknown.status, 404);
      assert.equal((await unknown.json()).error.message, "No command has the trigger /nothing");
      const malformed = await run("weather");
      assert.equal(malformed.status, 400);
      await malformed.body?.cancel();
    });

    await t.step("a plugin can unregister its command", async () => {
      assert.equal((await (await run("/weather unregister")).json()).text, "unregistered /forecast");
      const gone = await run("/forecast paris");
      assert.equal(gone.status, 404);
      await gone.body?.cancel();
    });
  },
});

Deno.test({
  name: "plugin_http: a plugin calls another plugin's ServeHTTP and the callee sees who called",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("social", "recorder"));
    const result = await (await fetch(`${env.url}/plugins/com.example.social/call`, {
      headers: { "Plughost-Plugin-Id": "forged" },
    })).json();
    assert.equal(result.status, 201);
    assert.equal(result.content_type, "application/json");
    assert.deepEqual(result.callee_saw.headers["plughost-plugin-id"], ["com.example.social"]);
    assert.deepEqual(result.callee_saw.headers["x-custom"], ["c"]);
    assert.equal(result.callee_saw.url, "/headers?from=social");
    assert.equal(result.unknown, "NotFoundError: No plugin com.example.nobody is installed");
    assert.match(result.bad_url, /^InvalidArgumentError: PluginHTTP url must be "\/\{plugin_id\}\/path"/);
  },
});
