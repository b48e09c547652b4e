// The bench reports on the console; that is its output.
// deno-lint-ignore-file no-console
/**
 * `deno task bench [--quick]`: the overhead plughost adds between the server
 * and a Python plugin, as ratios against baselines run in the same process
 * on the same machine. Prints a markdown table and writes the same rows to
 * bench/results/latest.json.
 *
 * Load generator for HTTP scenarios: wrk (a separate process), 2 threads,
 * 16 connections. In-process scenarios time each call with performance.now().
 *
 * @module
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Host } from "../lib/host.ts";
import { Logger } from "../lib/log.ts";
import { readLines } from "../lib/output.ts";
import { createPluginClient, postToWire } from "../lib/rpc.ts";
import type { Post } from "../lib/store.ts";
import type { PluginClient } from "../lib/rpc.ts";
import { copyDir } from "../tests/_helpers.ts";
import { ALL_PERMISSIONS, ServeProcess } from "../tests/_process.ts";
import { HOST_V8_FLAGS } from "../tools/compile.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, "bench");
const NOOP = join(BENCH, "plugins", "noop");
const PYTHON = "/usr/bin/python3";
const SDK = join(ROOT, "python-sdk");
const QUICK = Deno.args.includes("--quick");
const MiB = 1024 * 1024;

const settings = {
  rounds: QUICK ? 1 : 3,
  hookCalls: QUICK ? 1500 : 5000,
  wrkSeconds: QUICK ? 2 : 6,
  wrkConnections: 16,
  wrkThreads: 2,
  streamBytes: QUICK ? 128 * MiB : 1024 * MiB,
  readyRuns: QUICK ? 5 : 15,
  manyPlugins: 20,
};

interface Row {
  scenario: string;
  unit: string;
  plughost: number;
  baseline: number | null;
  ratio: number | null;
  target: string | null;
  pass: boolean | null;
}

const rows: Row[] = [];
const quiet = new Logger({ level: "error" });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

/** Adds a row; `check` decides pass from the ratio (or the figure when there is no baseline). */
function record(
  scenario: string,
  unit: string,
  plughost: number,
  baseline: number | null,
  target: string | null,
  check?: (value: number) => boolean,
  ratioOf: (p: number, b: number) => number = (p, b) => p / b,
): void {
  const ratio = baseline === null ? null : round(ratioOf(plughost, baseline), 3);
  const judged = ratio ?? plughost;
  rows.push({
    scenario,
    unit,
    plughost: round(plughost),
    baseline: baseline === null ? null : round(baseline),
    ratio,
    target,
    pass: check ? check(judged) : null,
  });
  console.error(`  ${scenario}: ${round(plughost)} ${unit}${baseline === null ? "" : ` vs ${round(baseline)}`}`);
}

/** A copy of the bench plugin under `count` different ids, in a new plugins directory. */
async function benchPlugins(count: number): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "plughost-bench-" });
  for (let i = 0; i < count; i++) {
    const target = join(dir, `noop${i}`);
    await copyDir(NOOP, target);
    const manifest = JSON.parse(await Deno.readTextFile(join(target, "plugin.json")));
    await Deno.writeTextFile(join(target, "plugin.json"), JSON.stringify({ ...manifest, id: `bench.noop${i}` }));
  }
  return dir;
}

async function withHost<T>(plugins: number, body: (host: Host) => Promise<T>): Promise<T> {
  const dir = await benchPlugins(plugins);
  const data = await Deno.makeTempDir({ prefix: "plughost-bench-data-" });
  const host = await Host.start({
    pluginsDir: dir,
    dataDir: data,
    port: 0,
    hostname: "127.0.0.1",
    logger: quiet,
    adminToken: "bench",
    policy: { healthIntervalMs: 0 },
  });
  try {
    return await body(host);
  } finally {
    await host.stop();
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(data, { recursive: true });
  }
}

/** A Python helper process that prints "ready"; closing its stdin ends it. */
async function python(script: string, args: string[]): Promise<{ pid: number; stop: () => Promise<void> }> {
  const child = new Deno.Command(PYTHON, {
    args: [join(BENCH, script), ...args],
    env: { PYTHONPATH: SDK },
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = readLines(child.stdout);
  const first = await lines.next();
  if (first.value !== "ready") throw new Error(`${script} did not start`);
  const stdin = child.stdin.getWriter();
  return {
    pid: child.pid,
    stop: async () => {
      await stdin.close().catch(() => {});
      for await (const _ of lines) { /* drain */ }
      await child.status;
    },
  };
}

const POST: Post = {
  id: "benchpost00000000000000000",
  create_at: 1,
  update_at: 1,
  delete_at: 0,
  user_id: "user",
  channel_id: "channel",
  root_id: "",
  message: "a message of ordinary length for a chat post",
  type: "",
  props: {},
};

async function timeCalls(count: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(500, count); i++) await call();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call();
    times.push((performance.now() - start) * 1000);
  }
  return times;
}

/**
 * Hook round trip: plughost's dispatch to one plugin and the raw call to the
 * bare server are timed alternately, call by call, so both see the same
 * machine state (frequency, other load) instead of one after the other.
 */
async function hookRoundTrip(): Promise<void> {
  console.error("hook round trip");
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    await withHost(1, async (host) => {
      const dir = await Deno.makeTempDir({ prefix: "plughost-bench-" });
      const server = await python("baseline_grpc.py", [join(dir, "bare.sock")]);
      const client = createPluginClient(`unix:${join(dir, "bare.sock")}`);
      const request = { context: {}, post: postToWire(POST) };
      const raw = () =>
        new Promise((resolve, reject) =>
          client.MessageHasBeenPosted(request, (error, response) => error ? reject(error) : resolve(response))
        );
      const dispatch = () => host.hooks.messageHasBeenPosted(POST, {});
      try {
        for (let i = 0; i < 500; i++) await Promise.all([dispatch(), raw()]);
        for (let i = 0; i < settings.hookCalls; i++) {
          const [first, second, into] = i % 2 === 0 ? [dispatch, raw, [ours, theirs]] : [raw, dispatch, [theirs, ours]];
          let start = performance.now();
          await first();
          into[0].push((performance.now() - start) * 1000);
          start = performance.now();
          await second();
          into[1].push((performance.now() - start) * 1000);
        }
      } finally {
        client.close();
        await server.stop();
        await Deno.remove(dir, { recursive: true });
      }
    });
  }
  record(
    "hook round trip (no-op hook), p50",
    "µs",
    percentile(ours, 50),
    percentile(theirs, 50),
    "<= 1.10",
    (r) => r <= 1.1,
  );
  record("hook round trip (no-op hook), p99", "µs", percentile(ours, 99), percentile(theirs, 99), null);
}

/** CPU time (user + system) a process has used, in µs. */
async function cpuMicros(pid: number): Promise<number> {
  const fields = (await Deno.readTextFile(`/proc/${pid}/stat`)).split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 1e6 / 100;
}

async function fanOut(): Promise<void> {
  console.error("fan-out");
  const measure = (plugins: number) =>
    withHost(plugins, async (host) => {
      const pids = Array.from({ length: plugins }, (_, i) => host.manager.running(`bench.noop${i}`)!.pid);
      const cpu = async () => (await Promise.all([Deno.pid, ...pids].map(cpuMicros))).reduce((a, b) => a + b, 0);
      const calls = settings.hookCalls / 2;
      const before = await cpu();
      const p50 = percentile(await timeCalls(calls, () => host.hooks.messageHasBeenPosted(POST, {})), 50);
      // Warm-up calls are timed too by the CPU clock; count them in.
      const cpuPerDispatch = (await cpu() - before) / (calls + Math.min(500, calls));
      return { p50, cpuPerDispatch };
    });
  const ten: { p50: number; cpuPerDispatch: number }[] = [];
  const one: { p50: number; cpuPerDispatch: number }[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    ten.push(await measure(10));
    one.push(await measure(1));
  }
  const oneP50 = median(one.map((m) => m.p50));
  record("fan-out: MessageHasBeenPosted to 10 plugins, p50", "µs", median(ten.map((m) => m.p50)), oneP50, "<= 1.5", (
    r,
  ) => r <= 1.5);
  // What the CPU alone allows: all processes' CPU time per dispatch spread over every core.
  const cores = navigator.hardwareConcurrency;
  const floor = median(ten.map((m) => m.cpuPerDispatch)) / cores;
  record(`fan-out to 10: CPU floor (host + plugins CPU per dispatch / ${cores} cores)`, "µs", floor, oneP50, null);
}

async function wrk(url: string, script?: string): Promise<{ perSecond: number; requests: number }> {
  const args = [
    `-t${settings.wrkThreads}`,
    `-c${settings.wrkConnections}`,
    `-d${settings.wrkSeconds}s`,
    ...(script ? ["-s", script] : []),
    url,
  ];
  const output = await new Deno.Command("wrk", { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(output.stdout);
  const match = /Requests\/sec:\s+([\d.]+)/.exec(text);
  if (!output.success || !match) throw new Error(`wrk failed: ${text}${new TextDecoder().decode(output.stderr)}`);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  if (errors) throw new Error(`wrk saw ${errors[1]} error responses from ${url}`);
  return { perSecond: Number(match[1]), requests: Number(/(\d+) requests in/.exec(text)![1]) };
}

async function withServe<T>(plugins: number, body: (serve: ServeProcess, url: string) => Promise<T>): Promise<T> {
  const dir = await benchPlugins(plugins);
  const data = await Deno.makeTempDir({ prefix: "plughost-bench-data-" });
  const serve = new ServeProcess(
    ["--plugins", dir, "--data", data, "--log-level", "error", "--health-interval", "0"],
    ALL_PERMISSIONS,
    HOST_V8_FLAGS,
  );
  try {
    return await body(serve, await serve.url);
  } finally {
    serve.child.kill("SIGTERM");
    await serve.exit();
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(data, { recursive: true });
  }
}

async function postCreation(): Promise<void> {
  console.error("post creation end to end");
  const dir = await Deno.makeTempDir();
  const measure = (plugins: number) =>
    withServe(plugins, async (_, url) => {
      const channel = await (await fetch(`${url}/api/v4/channels`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "bench" }),
      })).json();
      const script = join(dir, "post.lua");
      await Deno.writeTextFile(
        script,
        `wrk.method = "POST"\nwrk.body = '{"channel_id":"${channel.id}","message":"hello"}'\n` +
          `wrk.headers["Content-Type"] = "application/json"\n`,
      );
      return (await wrk(`${url}/api/v4/posts`, script)).perSecond;
    });
  const three: number[] = [];
  const none: number[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    three.push(await measure(3));
    none.push(await measure(0));
  }
  await Deno.remove(dir, { recursive: true });
  record("post creation end to end, 3 plugins vs 0", "req/s", median(three), median(none), null);
}

async function smallResponses(): Promise<void> {
  console.error("ServeHTTP small responses");
  const ours: number[] = [];
  const theirs: number[] = [];
  const cpu = { host: [] as number[], plugin: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < settings.rounds; round++) {
    ours.push(
      await withServe(1, async (serve, url) => {
        const plugin = Number(
          (await Deno.readTextFile(`/proc/${serve.child.pid}/task/${serve.child.pid}/children`)).trim().split(/\s+/)[0],
        );
        const before = [await cpuMicros(serve.child.pid), await cpuMicros(plugin)];
        const result = await wrk(`${url}/plugins/bench.noop0/hello`);
        const requests = result.requests;
        cpu.host.push((await cpuMicros(serve.child.pid) - before[0]) / requests);
        cpu.plugin.push((await cpuMicros(plugin) - before[1]) / requests);
        return result.perSecond;
      }),
    );
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = await python("baseline_http.py", [String(port)]);
    try {
      const before = await cpuMicros(server.pid);
      const result = await wrk(`http://127.0.0.1:${port}/hello`);
      cpu.baseline.push((await cpuMicros(server.pid) - before) / result.requests);
      theirs.push(result.perSecond);
    } finally {
      await server.stop();
    }
  }
  record(
    "ServeHTTP small responses (16 connections)",
    "req/s",
    median(ours),
    median(theirs),
    ">= 1.0",
    (r) => r >= 1.0,
  );
  record(
    "ServeHTTP small: CPU per request, host + plugin vs Python server",
    "µs",
    median(cpu.host) +
      median(cpu.plugin),
    median(cpu.baseline),
    null,
  );
  record("ServeHTTP small: CPU per request in the host (Deno) alone", "µs", median(cpu.host), null, null);
}

function memory(pid: number): { rss: number; peak: number } {
  const status = Deno.readTextFileSync(`/proc/${pid}/status`);
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

function resetPeak(pid: number): void {
  Deno.writeTextFileSync(`/proc/${pid}/clear_refs`, "5");
}

async function rawStream(client: PluginClient, direction: "download" | "upload", bytes: number): Promise<number> {
  const call = client.ServeHTTP();
  const start = performance.now();
  call.write({ head: { method: "GET", url: direction === "download" ? `/download=${bytes}` : "/upload" } });
  if (direction === "upload") {
    const chunk = new Uint8Array(64 * 1024);
    for (let sent = 0; sent < bytes; sent += chunk.length) {
      if (!call.write({ body: chunk })) await new Promise((resolve) => call.once("drain", resolve));
    }
  }
  call.end();
  let received = 0;
  for await (const part of call) received += part.body?.length ?? 0;
  const seconds = (performance.now() - start) / 1000;
  if (direction === "download" && received < bytes) throw new Error("baseline download was short");
  return bytes / MiB / seconds;
}

/** A file of `size` zero bytes, written a MiB at a time. */
async function zeros(size: number): Promise<string> {
  const path = await Deno.makeTempFile({ prefix: "plughost-bench-", suffix: ".bin" });
  const file = await Deno.open(path, { write: true });
  const block = new Uint8Array(MiB);
  for (let written = 0; written < size; written += block.length) await file.write(block);
  file.close();
  return path;
}

/** One transfer by curl, the HTTP client for the big-body scenarios (not the thing measured). */
async function curl(args: string[], direction: "download" | "upload"): Promise<{ bytes: number; perSecond: number }> {
  const output = await new Deno.Command("curl", {
    args: [
      "-sS",
      "-H",
      "Expect:",
      "-H",
      "content-type: application/octet-stream",
      "-w",
      `%{size_${direction}} %{speed_${direction}}`,
      ...args,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!output.success) throw new Error(`curl failed: ${new TextDecoder().decode(output.stderr)}`);
  const [bytes, perSecond] = new TextDecoder().decode(output.stdout).trim().split(" ").map(Number);
  return { bytes, perSecond };
}

async function bigBodies(): Promise<void> {
  console.error(`ServeHTTP ${settings.streamBytes / MiB} MiB bodies`);
  const size = settings.streamBytes;
  const label = size >= 1024 * MiB ? `${size / 1024 / MiB} GiB` : `${size / MiB} MiB`;
  const results = { download: [] as number[], upload: [] as number[], growth: [] as number[] };
  const upload = await zeros(size);
  const baseline = { download: [] as number[], upload: [] as number[] };
  for (let round = 0; round < settings.rounds; round++) {
    await withServe(1, async (serve, url) => {
      const pid = serve.child.pid;
      // Warm up: the first transfer also pays for code loading and JIT.
      await curl(["-o", "/dev/null", `${url}/plugins/bench.noop0/download?size=${8 * MiB}`], "download");
      for (const direction of ["download", "upload"] as const) {
        const before = memory(pid).rss;
        resetPeak(pid);
        const { bytes, perSecond } = direction === "download"
          ? await curl(["-o", "/dev/null", `${url}/plugins/bench.noop0/download?size=${size}`], "download")
          : await curl(["-o", "/dev/null", "-X", "POST", "-T", upload, `${url}/plugins/bench.noop0/upload`], "upload");
        if (bytes < size) throw new Error(`${direction} was short: ${bytes} of ${size} bytes`);
        results[direction].push(perSecond / MiB);
        results.growth.push((memory(pid).peak - before) / MiB);
      }
    });
    const dir = await Deno.makeTempDir({ prefix: "plughost-bench-" });
    const server = await python("baseline_grpc.py", [join(dir, "bare.sock")]);
    const client = createPluginClient(`unix:${join(dir, "bare.sock")}`);
    try {
      baseline.download.push(await rawStream(client, "download", size));
      baseline.upload.push(await rawStream(client, "upload", size));
    } finally {
      client.close();
      await server.stop();
      await Deno.remove(dir, { recursive: true });
    }
  }
  record(
    `ServeHTTP ${label} download`,
    "MB/s",
    median(results.download),
    median(baseline.download),
    ">= 0.8",
    (r) => r >= 0.8,
  );
  record(
    `ServeHTTP ${label} upload`,
    "MB/s",
    median(results.upload),
    median(baseline.upload),
    ">= 0.8",
    (r) => r >= 0.8,
  );
  record(
    `host peak RSS growth during ${label} transfers`,
    "MiB",
    Math.max(...results.growth),
    null,
    "< 64 MiB",
    (v) => v < 64,
  );
}

async function pluginReady(): Promise<void> {
  console.error("plugin ready");
  const ours = await withHost(1, async (host) => {
    const times: number[] = [];
    for (let i = 0; i < settings.readyRuns; i++) {
      await host.manager.stop("bench.noop0");
      const start = performance.now();
      await host.manager.start("bench.noop0");
      times.push(performance.now() - start);
    }
    return times;
  });
  const theirs: number[] = [];
  for (let i = 0; i < settings.readyRuns; i++) {
    const start = performance.now();
    const output = await new Deno.Command(PYTHON, {
      args: ["-c", "import grpc\nfrom plughost.v1 import plugin_pb2, plugin_pb2_grpc, api_pb2, api_pb2_grpc"],
      env: { PYTHONPATH: SDK },
    }).output();
    if (!output.success) throw new Error("baseline import failed");
    theirs.push(performance.now() - start);
  }
  record("plugin ready (spawn -> activated), p50", "ms", median(ours), median(theirs), "<= 1.5", (r) => r <= 1.5);
}

async function manyPlugins(): Promise<void> {
  console.error(`${settings.manyPlugins} plugins ready`);
  const walls: number[] = [];
  let idle = { host: 0, plugin: 0 };
  for (let round = 0; round < settings.rounds; round++) {
    const start = performance.now();
    await withServe(settings.manyPlugins, async (serve) => {
      walls.push((performance.now() - start) / 1000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const children = (await Deno.readTextFile(`/proc/${serve.child.pid}/task/${serve.child.pid}/children`))
        .trim().split(/\s+/).filter(Boolean).map(Number);
      const plugins = children.map((pid) => memory(pid).rss);
      idle = {
        host: memory(serve.child.pid).rss / MiB,
        plugin: plugins.reduce((a, b) => a + b, 0) / plugins.length / MiB,
      };
    });
  }
  record(
    `${settings.manyPlugins} plugins ready (serve start -> listening)`,
    "s",
    median(walls),
    null,
    "<= 2 s",
    (v) => v <= 2,
  );
  record(`host idle RSS with ${settings.manyPlugins} plugins`, "MiB", idle.host, null, null);
  record(`plugin process idle RSS (mean of ${settings.manyPlugins})`, "MiB", idle.plugin, null, null);
}

async function machine(): Promise<Record<string, unknown>> {
  const cpu = (await Deno.readTextFile("/proc/cpuinfo")).match(/model name\s*:\s*(.+)/)?.[1];
  const probe = await new Deno.Command(PYTHON, {
    args: [
      "-c",
      "import sys, grpc, google.protobuf as p; print(sys.version.split()[0], grpc.__version__, p.__version__)",
    ],
    stdout: "piped",
  }).output();
  const [python, grpcio, protobuf] = new TextDecoder().decode(probe.stdout).trim().split(" ");
  return {
    cpu,
    cores: navigator.hardwareConcurrency,
    memory_gib: round(Deno.systemMemoryInfo().total / 1024 ** 3, 1),
    os: `${Deno.build.os} ${Deno.osRelease()}`,
    deno: Deno.version.deno,
    python,
    grpcio,
    protobuf,
    transport: "Unix domain sockets (host <-> plugin, both directions)",
    load_generator:
      `wrk ${settings.wrkThreads} threads, ${settings.wrkConnections} connections, ${settings.wrkSeconds} s; ` +
      "curl for the big-body transfers (upload with Content-Length from a file); in-process timing for hooks",
    host_v8_flags: HOST_V8_FLAGS.join(" "),
    mode: QUICK ? "quick" : "full",
    rounds: settings.rounds,
  };
}

function table(): string {
  const lines = [
    "| scenario | unit | plughost | baseline | ratio | target | pass |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
  ];
  for (const row of rows) {
    const pass = row.pass === null ? "—" : row.pass ? "pass" : "FAIL";
    lines.push(
      `| ${row.scenario} | ${row.unit} | ${row.plughost} | ${row.baseline ?? "—"} | ${row.ratio ?? "—"} | ${
        row.target ?? "report"
      } | ${pass} |`,
    );
  }
  return lines.join("\n");
}

const SCENARIOS: Record<string, () => Promise<void>> = {
  hook: hookRoundTrip,
  fanout: fanOut,
  posts: postCreation,
  small: smallResponses,
  bodies: bigBodies,
  ready: pluginReady,
  many: manyPlugins,
};

if (import.meta.main) {
  const started = performance.now();
  const info = await machine();
  // --only NAME[,NAME] runs a subset while working on one scenario.
  const only = Deno.args.find((arg) => arg.startsWith("--only="))?.slice(7).split(",");
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    if (!only || only.includes(name)) await scenario();
  }
  info.duration_s = round((performance.now() - started) / 1000, 1);
  console.log(table());
  console.log(`\n${JSON.stringify(info)}`);
  await Deno.mkdir(join(BENCH, "results"), { recursive: true });
  await Deno.writeTextFile(
    join(BENCH, "results", "latest.json"),
    JSON.stringify({ machine: info, results: rows }, null, 2) + "\n",
  );
}
