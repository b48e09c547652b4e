import assert from "node:assert/strict";
import { join } from "node:path";
import {
  ADMIN_TOKEN,
  createChannel,
  events,
  FIXTURES,
  listDir,
  pluginsDir,
  PYTHON_MISSING,
  ROOT,
  runningPlugins,
  scratch,
  startHost,
  waitFor,
} from "./_helpers.ts";
import { readLines } from "../lib/output.ts";
import { plughost, ServeProcess } from "./_process.ts";
import { VERSION } from "../lib/version.ts";

Deno.test("plughost version and --help", async (t) => {
  await t.step("version", async () => {
    const { code, stdout } = await plughost(["version"]);
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`^plughost ${VERSION.replaceAll(".", "\\.")} \\(deno \\d`));
  });
  for (const args of [["--help"], ["serve", "--help"], ["version", "--help"]]) {
    await t.step(args.join(" "), async () => {
      const { code, stdout } = await plughost(args);
      assert.equal(code, 0);
      assert.match(stdout, /Usage:/);
    });
  }
  await t.step("serve --help lists every flag", async () => {
    const { stdout } = await plughost(["serve", "--help"]);
    for (const flag of ["--plugins", "--port", "--host", "--data", "--python", "--log-level"]) {
      assert.ok(stdout.includes(flag), `${flag} is documented`);
    }
  });
});

Deno.test("usage mistakes exit with code 2 and say what to do", async (t) => {
  const cases: [string[], RegExp][] = [
    [["serve", "--plugins", "x", "--bogus"], /Unknown option '--bogus'.*Run plughost serve --help/],
    [["serve", "--plugins"], /--plugins.*argument missing.*Run plughost serve --help/],
    [["serve"], /plughost serve needs --plugins DIR/],
    [["serve", "--plugins", "x", "--port", "http"], /--port must be a whole number from 0 to 65535, got "http"/],
    [["serve", "--plugins", "x", "--log-level", "loud"], /--log-level must be one of debug, info, warn, error/],
    [["serve", "--plugins", "x", "--hook-timeout=0"], /--hook-timeout must be a positive number of seconds/],
    [["frobnicate"], /Unknown command "frobnicate". Run plughost --help/],
    [["version", "extra"], /plughost version takes no arguments/],
  ];
  for (const [args, message] of cases) {
    await t.step(args.join(" "), async () => {
      const { code, stderr } = await plughost(args);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
    });
  }
});

Deno.test("serve with a plugins directory that does not exist exits 1 naming it", async () => {
  const { code, stderr } = await plughost(["serve", "--plugins", "/nonexistent/plugins", "--port", "0"]);
  assert.equal(code, 1);
  assert.match(stderr, /The plugins directory \/nonexistent\/plugins does not exist or is not a directory/);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  Deno.test({
    name: `${signal} deactivates every plugin and exits 0`,
    ignore: !!PYTHON_MISSING,
    async fn() {
      await using dirs = await scratch("recorder", "kv_peer");
      const { plugins, data } = dirs;
      await using serve = new ServeProcess(["--plugins", plugins, "--data", data]);
      const url = await serve.url;
      assert.equal(await (await fetch(`${url}/plugins/com.example.recorder/hello`)).text(), "hello world");
      serve.child.kill(signal);
      const status = await serve.exit();
      assert.equal(status.code, 0, serve.lines.join("\n"));
      assert.deepEqual((await events(join(plugins, "recorder"))).map((event) => event.event), [
        "activate",
        "deactivate",
      ]);
      assert.ok(serve.lines.some((line) => line.includes("plugin stopped plugin=com.example.kvpeer")));
    },
  });
}

Deno.test({
  name: "a missing --allow-run grant names the exact flag to add",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using dirs = await scratch("kv_peer");
    const { plugins, data } = dirs;
    await using serve = new ServeProcess(
      ["--plugins", plugins, "--data", data, "--python", "/usr/bin/python3"],
      ["--allow-read", "--allow-write", "--allow-net", "--allow-env", "--allow-sys", "--allow-run=/bin/sh"],
    );
    const url = await serve.url;
    const [plugin] = await (await fetch(`${url}/api/v4/plugins`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    })).json();
    assert.equal(plugin.state, "failed");
    assert.match(plugin.error, /plughost may not run \/usr\/bin\/python3 .*--allow-run=\/usr\/bin\/python3/);
    assert.equal((await serve.stop()).code, 0);
  },
});

Deno.test({
  name: "posts and plugin KV survive a host restart",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using dirs = await scratch("recorder");
    const { plugins, data } = dirs;
    let postId: string;
    {
      await using serve = new ServeProcess(["--plugins", plugins, "--data", data]);
      const url = await serve.url;
      const channel = await createChannel(url, "c");
      const created = await fetch(`${url}/api/v4/posts`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ channel_id: channel, message: "kept" }),
      });
      postId = (await created.json()).id;
      const put = await fetch(`${url}/plugins/com.example.recorder/kv?key=k`, { method: "PUT", body: "v" });
      assert.equal(put.status, 204);
      assert.equal((await serve.stop()).code, 0);
    }
    await using again = new ServeProcess(["--plugins", plugins, "--data", data]);
    const url = await again.url;
    assert.equal((await (await fetch(`${url}/api/v4/posts/${postId}`)).json()).message, "kept");
    assert.equal(await (await fetch(`${url}/plugins/com.example.recorder/kv?key=k`)).text(), "v");
    assert.equal((await again.stop()).code, 0);
  },
});

Deno.test({
  name: "plugins exit on their own when the host is killed with SIGKILL",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using dirs = await scratch("recorder", "kv_peer");
    const { plugins, data } = dirs;
    await using serve = new ServeProcess(["--plugins", plugins, "--data", data]);
    await serve.url;
    assert.equal((await runningPlugins(plugins)).length, 2);
    serve.child.kill("SIGKILL");
    await serve.exit();
    await waitFor("every plugin process to exit", async () => (await runningPlugins(plugins)).length === 0, 5000);
  },
});

Deno.test({
  name: "plughost plugins manages a running host: list, install with progress, disable, enable, remove",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using dirs = await scratch("kv_peer");
    const { plugins, data } = dirs;
    const bundle = join(data, "recorder.tar.gz");
    assert.equal((await plughost(["pack", join(FIXTURES, "recorder"), "-o", bundle])).code, 0);
    await using serve = new ServeProcess(["--plugins", plugins, "--data", data, "--enable-uploads"]);
    const url = await serve.url;
    const cli = (...args: string[]) => plughost(["plugins", ...args, "--url", url, "--token", ADMIN_TOKEN]);

    const installed = await cli("install", bundle, "--enable");
    assert.equal(installed.code, 0, installed.stderr);
    assert.match(installed.stderr, /uploading recorder\.tar\.gz: 100% of \d+ bytes/);
    assert.match(installed.stdout, /installed com\.example\.recorder 1\.0\.0 \(active\)/);

    const listed = await cli("list");
    assert.equal(listed.code, 0, listed.stderr);
    const lines = listed.stdout.trim().split("\n");
    assert.match(lines[0], /^ID\s+VERSION\s+STATE\s+RESTARTS\s+ERROR$/);
    assert.match(lines[1], /^com\.example\.kvpeer\s+0\.1\.0\s+active\s+0$/);
    assert.match(lines[2], /^com\.example\.recorder\s+1\.0\.0\s+active\s+0$/);

    assert.match((await cli("disable", "com.example.recorder")).stdout, /com\.example\.recorder: disabled/);
    assert.match((await cli("enable", "com.example.recorder")).stdout, /com\.example\.recorder: active/);
    assert.match((await cli("remove", "com.example.recorder")).stdout, /removed com\.example\.recorder/);

    const missing = await cli("enable", "com.example.nothing");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /No plugin com\.example\.nothing is installed/);
    const wrongToken = await plughost(["plugins", "list", "--url", url, "--token", "nope"]);
    assert.equal(wrongToken.code, 1);
    assert.match(wrongToken.stderr, /Authorization: Bearer/);
    assert.equal((await serve.stop()).code, 0);
  },
});

Deno.test({
  name: "without --admin-token a token is generated once, stored with mode 0600 and reused",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const plugins = await Deno.makeTempDir();
    const data = await Deno.makeTempDir();
    try {
      const run = async () => {
        const child = new Deno.Command(Deno.execPath(), {
          args: ["run", "-A", "main.ts", "serve", "--plugins", plugins, "--data", data, "--port", "0"],
          cwd: ROOT,
          env: { PLUGHOST_ADMIN_TOKEN: "" },
          stdout: "null",
          stderr: "piped",
        }).spawn();
        const lines: string[] = [];
        for await (const line of readLines(child.stderr)) {
          lines.push(line);
          if (line.includes("listening on")) child.kill("SIGTERM");
        }
        assert.equal((await child.status).code, 0);
        return lines.join("\n");
      };
      const first = await run();
      const token = (await Deno.readTextFile(join(data, "admin-token"))).trim();
      assert.equal((await Deno.stat(join(data, "admin-token"))).mode! & 0o777, 0o600);
      assert.ok(first.includes(`Authorization: Bearer ${token}`), "the new token is shown once");
      const second = await run();
      assert.ok(!second.includes(token), "a stored token is not printed again");
      assert.equal((await Deno.readTextFile(join(data, "admin-token"))).trim(), token);
    } finally {
      await Deno.remove(plugins, { recursive: true });
      await Deno.remove(data, { recursive: true });
    }
  },
});

Deno.test({
  name: "stopping a plugin also ends the processes it started",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("recorder"));
    const marker = `plughost-orphan-check-${crypto.randomUUID()}`;
    const response = await fetch(`${env.url}/plugins/com.example.recorder/spawn?marker=${marker}`);
    assert.equal(await response.text(), "spawned");
    const children = async () => {
      const { stdout } = await new Deno.Command("ps", { args: ["-eo", "args"], stdout: "piped" }).output();
      return new TextDecoder().decode(stdout).split("\n").filter((line) => line.includes(marker)).length;
    };
    assert.equal(await children(), 1);
    await env.host.manager.stop("com.example.recorder");
    await waitFor("the plugin's child to be gone", async () => (await children()) === 0, 5000);
  },
});

Deno.test({
  name: "a host started after one was killed removes the dead host's sockets",
  ignore: !!PYTHON_MISSING,
  async fn() {
    const plugins = await Deno.makeTempDir();
    const data = await Deno.makeTempDir();
    const tmp = Deno.env.get("TMPDIR") || "/tmp";
    try {
      const runtimeDirs = async () => (await listDir(tmp)).filter((name) => /^plughost-[0-9a-f]+$/.test(name));
      const before = new Set(await runtimeDirs());
      {
        await using killed = new ServeProcess(["--plugins", plugins, "--data", data]);
        await killed.url;
        killed.child.kill("SIGKILL");
        await killed.exit();
      }
      const left = (await runtimeDirs()).filter((name) => !before.has(name));
      assert.equal(left.length, 1, "the killed host left its runtime directory");
      await using next = new ServeProcess(["--plugins", plugins, "--data", data]);
      await next.url;
      assert.ok(!(await runtimeDirs()).includes(left[0]), "the next host removed it");
      assert.equal((await next.stop()).code, 0);
    } finally {
      await Deno.remove(plugins, { recursive: true });
      await Deno.remove(data, { recursive: true });
    }
  },
});

Deno.test({
  name: "a second host leaves the runtime directory of a live host alone",
  async fn() {
    const plugins = await Deno.makeTempDir();
    const data = [await Deno.makeTempDir(), await Deno.makeTempDir()];
    const tmp = Deno.env.get("TMPDIR") || "/tmp";
    const runtimeDirs = async () => (await listDir(tmp)).filter((name) => /^plughost-[0-9a-f]+$/.test(name));
    try {
      const before = new Set(await runtimeDirs());
      await using first = new ServeProcess(["--plugins", plugins, "--data", data[0]]);
      await first.url;
      const mine = (await runtimeDirs()).filter((name) => !before.has(name));
      assert.equal(mine.length, 1);
      await using second = new ServeProcess(["--plugins", plugins, "--data", data[1]]);
      await second.url;
      assert.ok((await runtimeDirs()).includes(mine[0]), "the first host's directory is still there");
      for (const serve of [first, second]) {
        assert.equal((await serve.stop()).code, 0);
      }
    } finally {
      await Deno.remove(plugins, { recursive: true });
      for (const dir of data) await Deno.remove(dir, { recursive: true });
    }
  },
});
