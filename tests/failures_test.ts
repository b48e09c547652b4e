import assert from "node:assert/strict";
import { pluginsDir, PYTHON_MISSING, runningPlugins, startHost, waitFor } from "./_helpers.ts";

Deno.test({
  name: "broken plugins fail with a clear error and the host keeps serving the others",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(
      await pluginsDir(
        "recorder",
        "exits_early",
        "garbage",
        "never_handshakes",
        "activate_raises",
        "no_grpc",
        "missing_manifest",
        "broken_json",
        "bad_id",
      ),
      { timeouts: { handshakeMs: 2000 } },
    );
    const states = await env.plugins();
    const failed = (id: string): string => {
      const plugin = states.get(id);
      assert.ok(plugin, `plugin ${id} is listed`);
      assert.equal(plugin.state, "failed", `${id} failed`);
      return plugin.error ?? "";
    };

    await t.step("a plugin that exits before the handshake: its exit code and stderr", () => {
      const error = failed("com.example.exitsearly");
      assert.match(error, /^Plugin com\.example\.exitsearly failed to start: it exited before the handshake/);
      assert.match(error, /exit code 3/);
      assert.match(error, /cannot find my configuration, giving up/);
    });

    await t.step("a plugin that prints garbage instead of a handshake", () => {
      const error = failed("com.example.garbage");
      assert.match(error, /expected a handshake line "CORE\|APP\|NETWORK\|ADDRESS\|grpc" on stdout/);
      assert.match(error, /"hello, I am not a handshake"/);
    });

    await t.step("a plugin that never handshakes times out", () => {
      const error = failed("com.example.silent");
      assert.match(error, /no handshake within 2000 ms; does plugin\.py call plughost\.run\(\)\?/);
      assert.match(error, /killed by SIGKILL/);
    });

    await t.step("a plugin whose OnActivate raises", () => {
      const error = failed("com.example.activatefails");
      assert.match(error, /OnActivate returned an error: ValueError: database url is not configured/);
    });

    await t.step("an interpreter without grpc: which one, and what to install", () => {
      const error = failed("com.example.nogrpc");
      assert.match(
        error,
        /python-without-grpc \(from server\.python in plugin\.json\) cannot run plugin com\.example\.nogrpc/,
      );
      assert.match(error, /cannot import grpc and protobuf \(ModuleNotFoundError: No module named 'grpc'\)/);
      assert.match(error, /apt-get install python3-grpcio python3-protobuf/);
    });

    await t.step("a missing plugin.json", () => {
      assert.match(failed("missing_manifest"), /missing_manifest\/plugin\.json: the file is missing/);
    });

    await t.step("a plugin.json that is not JSON", () => {
      assert.match(failed("broken_json"), /^Cannot parse .*broken_json\/plugin\.json: /);
    });

    await t.step("an invalid plugin id names the field", () => {
      assert.match(failed("bad_id"), /field id is "no spaces allowed": use 3 to 190 characters/);
    });

    await t.step("the good plugin is active and serving", async () => {
      assert.equal(states.get("com.example.recorder")?.state, "active");
      const response = await fetch(`${env.url}/plugins/com.example.recorder/hello`);
      assert.equal(await response.text(), "hello world");
    });

    await t.step("a failed plugin's routes answer 503", async () => {
      const response = await fetch(`${env.url}/plugins/com.example.activatefails/anything`);
      assert.equal(response.status, 503);
      assert.match(
        (await response.json()).error.message,
        /Plugin com\.example\.activatefails is not running \(state: failed\)/,
      );
    });

    await t.step("no process of a failed plugin is left running", async () => {
      const running = await runningPlugins(env.pluginsDir);
      assert.deepEqual(running.filter((line) => !line.includes("/recorder/")), []);
    });
  },
});

Deno.test({
  name: "a plugin that crashes during a request is restarted, and parked as failed after 4 crashes",
  ignore: !!PYTHON_MISSING,
  async fn(t) {
    await using env = await startHost(await pluginsDir("crash_in_request", "recorder"), {
      policy: { healthIntervalMs: 0, backoffBaseMs: 100, backoffMaxMs: 400 },
    });
    const base = `${env.url}/plugins/com.example.crasher`;
    const crasher = async () => (await env.plugins()).get("com.example.crasher")!;
    const activeAfter = (restarts: number) =>
      waitFor(`restart number ${restarts}`, async () => {
        const info = await crasher();
        return info.state === "active" && info.restarts === restarts ? info : undefined;
      });

    await t.step("the request gets 502 naming the plugin", async () => {
      const response = await fetch(`${base}/now`);
      assert.equal(response.status, 502);
      assert.match(
        (await response.json()).error.message,
        /^Plugin com\.example\.crasher failed before sending a response/,
      );
    });

    await t.step("while it restarts its routes answer 503 with Retry-After", async () => {
      const info = await crasher();
      if (info.state === "restarting") {
        const response = await fetch(`${base}/now`);
        assert.equal(response.status, 503);
        assert.ok(Number(response.headers.get("retry-after")) >= 1);
        assert.match((await response.json()).error.message, /is restarting; try again shortly/);
      } else {
        // The backoff already ran out: the restart must then be done.
        assert.equal(info.state, "active");
      }
    });

    await t.step("it is back after the backoff, with the crash recorded", async () => {
      const info = await activeAfter(1);
      assert.match(info.error ?? "", /exited unexpectedly \(exit code 7\)/);
      const other = await fetch(`${env.url}/plugins/com.example.recorder/hello`);
      assert.equal(await other.text(), "hello world");
    });

    await t.step("the fourth crash within the hour parks it as failed", async () => {
      for (const restarts of [2, 3]) {
        await (await fetch(`${base}/now`)).body?.cancel();
        await activeAfter(restarts);
      }
      await (await fetch(`${base}/now`)).body?.cancel();
      const info = await waitFor("the failed state", async () => {
        const current = await crasher();
        return current.state === "failed" ? current : undefined;
      });
      assert.match(
        info.error ?? "",
        /crashed 4 times within 60 minutes and is not restarted again until it is enabled/,
      );
      const response = await fetch(`${base}/now`);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get("retry-after"), null);
      await response.body?.cancel();
    });

    await t.step("enabling it again starts it", async () => {
      const response = await env.admin("/api/v4/plugins/com.example.crasher/enable", { method: "POST" });
      assert.equal(response.status, 200);
      assert.equal((await response.json()).state, "active");
    });
  },
});

Deno.test({
  name: "a plugin that crashes mid-response cuts the response short",
  ignore: !!PYTHON_MISSING,
  async fn() {
    await using env = await startHost(await pluginsDir("crash_in_request"));
    const response = await fetch(`${env.url}/plugins/com.example.crasher/midway`);
    assert.equal(response.status, 200);
    await assert.rejects(response.bytes());
    const healthy = await fetch(`${env.url}/api/v4/system/ping`);
    assert.deepEqual(await healthy.json(), { status: "OK" });
  },
});
