// deno-lint-ignore-file no-console
/**
 * Stops and starts a plugin many times inside one host process while
 * requests flow. A Deno gRPC client that receives GOAWAY from a stopping
 * server can segfault the process, so this runs as its own process and the
 * test checks that it exited normally.
 *
 * Usage: deno run -A tests/_restart_cycles.ts PLUGINS_DIR DATA_DIR CYCLES
 */

import { Host } from "../lib/host.ts";
import { Logger } from "../lib/log.ts";

const [pluginsDir, dataDir, cycles] = Deno.args;
const host = await Host.start({
  pluginsDir,
  dataDir,
  port: 0,
  hostname: "127.0.0.1",
  logger: new Logger({ level: "error" }),
});
const id = "com.example.recorder";
for (let cycle = 0; cycle < Number(cycles); cycle++) {
  const response = await fetch(`${host.url}/plugins/${id}/hello`);
  if ((await response.text()) !== "hello world") throw new Error(`cycle ${cycle}: unexpected answer`);
  await host.manager.stop(id);
  await host.manager.start(id);
}
await host.stop();
console.log("cycles done");
