// deno-lint-ignore-file no-console
import assert from "node:assert/strict";
import { join } from "node:path";
import {
  ADMIN_TOKEN,
  createChannel,
  pluginsDir,
  postJson,
  PYTHON_MISSING,
  ROOT,
  scratch,
  startHost,
  SYSTEM_PYTHON,
  waitFor,
} from "./_helpers.ts";
import { plughost, ServeProcess } from "./_process.ts";

const RECORDER = "com.example.recorder";

interface LoadFigures {
  sent: number;
  ok: number;
  unavailable: number;
  badGateway: number;
  hung: number;
  lost: number;
  other: number;
}

/** Sends requests from `clients` loops until `stop` resolves; every request has a 5 s bound. */
async function load(url: string, clients: number, stop: Promise<void>): Promise<LoadFigures> {
  const figures: LoadFigures = { sent: 0, ok: 0, unavailable: 0, badGateway: 0, hung: 0, lost: 0, other: 0 };
  let running = true;
  stop.then(() => running = false);
  await Promise.all(Array.from({ length: clients }, async () => {
    while (running) {
      figures.sent++;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
        await response.body?.cancel();
        if (response.status === 200) figures.ok++;
        else if (response.status === 503) {
          figures.unavailable++;
          await new Promise((resolve) => setTimeout(resolve, 20));
        } else if (response.status === 502) figures.badGateway++;
        else figures.other++;
      } catch (error) {
        if (error instanceof DOMException && error.name === "TimeoutError") figures.hung++;
        else figures.lost++;
      }
    }
  }));
  return figures;
}

Deno.test({
  name: "kill -9 of a plugin under HTTP load: others keep serving, it comes back, nothing hangs",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder", "kv_peer"));
    await (await fetch(`${env.url}/plugins/com.example.kvpeer/?key=k`, { method: "PUT", body: "v" })).body?.cancel();
    const stop = Promise.withResolvers<void>();
    const target = load(`${env.url}/plugins/${RECORDER}/hello`, 4, stop.promise);
    const bystander = load(`${env.url}/plugins/com.example.kvpeer/?key=k`, 2, stop.promise);
    const recoveries: number[] = [];
    const kills = 3;
    for (let kill = 1; kill <= kills; kill++) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const process = env.host.manager.running(RECORDER);
      assert.ok(process, "the plugin is running before the kill");
      const killedAt = Date.now();
      Deno.kill(process.pid, "SIGKILL");
      await waitFor(`restart ${kill}`, async () => {
        const info = (await env.plugins()).get(RECORDER)!;
        return info.state === "active" && info.restarts === kill;
      });
      recoveries.push(Date.now() - killedAt);
    }
    stop.resolve();
    const figures = await target;
    const others = await bystander;
    console.log(
      `fault run: ${kills} kills, ${figures.sent} requests: ${figures.ok} ok, ${figures.unavailable} got 503, ` +
        `${figures.badGateway} got 502, ${figures.hung} hung, ${figures.lost} lost; ` +
        `recovery ${recoveries.join(" / ")} ms; bystander plugin ${others.ok}/${others.sent} ok`,
    );
    assert.equal(figures.hung, 0, "no request hangs");
    assert.equal(figures.lost, 0, "every request gets an answer");
    assert.equal(figures.other, 0, "answers are 200, 502 (in flight at the kill) or 503 (during the restart)");
    assert.ok(figures.unavailable > 0, "requests during the restart gap get 503");
    assert.equal(others.ok, others.sent, "the other plugin keeps serving every request");
  },
});

Deno.test({
  name: "a hung plugin is found by the health check, killed and restarted",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"), {
      policy: { healthIntervalMs: 200, healthTimeoutMs: 300, healthFailuresBeforeKill: 2, backoffBaseMs: 100 },
    });
    const process = env.host.manager.running(RECORDER)!;
    Deno.kill(process.pid, "SIGSTOP");
    const info = await waitFor("the restart of the hung plugin", async () => {
      const current = (await env.plugins()).get(RECORDER)!;
      return current.state === "active" && current.restarts === 1 ? current : undefined;
    });
    assert.match(info.error ?? "", /exited unexpectedly \(killed by SIGKILL\)/);
    assert.ok(env.logs.some((line) => line.includes("plugin is not responding; killing it")));
    assert.equal(await (await fetch(`${env.url}/plugins/${RECORDER}/hello`)).text(), "hello world");
  },
});

Deno.test({
  name: "a plugin flooding its output cannot flood the host log",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("flood"));
    await waitFor("the plugin to finish flooding", () => env.logs.some((line) => line.includes("dropping lines")));
    const long = env.logs.find((line) => line.includes("xxxx"));
    assert.ok(long && long.length < 20_000, "a 1 MB line is cut to a bounded length");
    assert.match(long, /\[983616 more bytes of this line dropped\]/);
    assert.equal(await (await fetch(`${env.url}/plugins/com.example.flood/`)).text(), "still serving");
    // The count of dropped lines is reported at the latest when the plugin's output ends.
    await env.host.stop();
    const dropped = env.logs.find((line) => line.includes("plugin output dropped: too many lines"));
    assert.match(dropped ?? "", /plugin=com\.example\.flood stream=stderr dropped=\d+/);
    const forwarded = env.logs.filter((line) => line.includes("flood line")).length;
    const total = forwarded + Number(/dropped=(\d+)/.exec(dropped!)![1]);
    assert.ok(forwarded <= 2_000, `the host forwarded ${forwarded} of ${total} lines`);
  },
});

Deno.test({
  name: "a slow hook times out per hook kind, is logged with plugin and hook, and the post goes through",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"), {
      hookTimeouts: { MessageWillBePosted: 300 },
    });
    const channel = await createChannel(env.url, "c");
    const response = await postJson(`${env.url}/api/v4/posts`, { channel_id: channel, message: "a slow one" });
    assert.equal(response.status, 201);
    assert.equal((await response.json()).message, "a slow one");
    const logged = env.logs.find((line) => line.includes("hook failed"));
    assert.match(logged ?? "", /plugin=com\.example\.recorder hook=MessageWillBePosted error=.*DEADLINE_EXCEEDED/);
  },
});

Deno.test({
  name: "serve --watch reloads only the edited plugin, and a broken edit leaves the host running",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using dirs = await scratch("recorder", "kv_peer");
    const { plugins, data } = dirs;
    const code = join(plugins, "recorder", "plugin.py");
    const original = await Deno.readTextFile(code);
    const hello = async (url: string) => {
      const response = await fetch(`${url}/plugins/${RECORDER}/hello`);
      const text = await response.text();
      return response.status === 200 ? text : `status ${response.status}`;
    };
    await using serve = new ServeProcess(["--plugins", plugins, "--data", data, "--watch"]);
    const url = await serve.url;
    assert.equal(await hello(url), "hello world");
    const peerPid = () =>
      serve.lines.filter((line) => line.includes("plugin activated plugin=com.example.kvpeer")).length;
    const peerStarts = peerPid();

    await Deno.writeTextFile(code, original.replace('"hello "', '"hello again "'));
    await waitFor("the edited plugin to answer", async () => (await hello(url)) === "hello again world");

    await Deno.writeTextFile(code, original + "\ndef broken(:\n");
    await waitFor(
      "the broken edit to be reported",
      () => serve.lines.some((line) => line.includes("plugin reload failed") && line.includes(RECORDER)),
    );
    const list = await (await fetch(`${url}/api/v4/plugins`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    })).json();
    const recorder = list.find((plugin: { id: string }) => plugin.id === RECORDER);
    assert.equal(recorder.state, "failed");
    assert.match(recorder.error, /SyntaxError/);
    assert.equal((await (await fetch(`${url}/api/v4/system/ping`)).json()).status, "OK");

    await Deno.writeTextFile(code, original);
    await waitFor("the fixed plugin to answer", async () => (await hello(url)) === "hello world");
    assert.equal(peerPid(), peerStarts, "the other plugin was never reloaded");
    assert.equal((await serve.stop()).code, 0);
  },
});

Deno.test({
  name: "plughost new scaffolds a plugin that serves at once and whose test passes",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const created = await plughost(["new", "com.example.fresh", "--dir", dir]);
      assert.equal(created.code, 0, created.stderr);
      const again = await plughost(["new", "com.example.fresh", "--dir", dir]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exists/);

      const test = await new Deno.Command(SYSTEM_PYTHON, {
        args: ["-m", "unittest", "-q", "test_plugin"],
        cwd: join(dir, "com.example.fresh"),
        env: { PYTHONPATH: join(ROOT, "python-sdk"), PYTHONDONTWRITEBYTECODE: "1" },
        stderr: "piped",
      }).output();
      assert.ok(test.success, new TextDecoder().decode(test.stderr));

      await using env = await startHost(dir);
      const response = await fetch(`${env.url}/plugins/com.example.fresh/hello?name=new`);
      assert.deepEqual(await response.json(), { hello: "new", posts_seen: 0 });
    } finally {
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    }
  },
});
