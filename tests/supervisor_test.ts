import assert from "node:assert/strict";
import { parseHandshake } from "../lib/supervisor.ts";

const RUN_DIR = "/run/plughost-x/p1";

Deno.test("parseHandshake accepts the protocol's line and says what is wrong with any other", async (t) => {
  await t.step("a unix socket inside the plugin's directory", () => {
    assert.deepEqual(parseHandshake(`1|1|unix|${RUN_DIR}/plugin.sock|grpc\n`, RUN_DIR), {
      address: `unix:${RUN_DIR}/plugin.sock`,
    });
  });
  await t.step("a loopback TCP address", () => {
    assert.deepEqual(parseHandshake("1|1|tcp|127.0.0.1:4567|grpc", RUN_DIR), { address: "127.0.0.1:4567" });
  });
  const refused: [string, string, RegExp][] = [
    ["not a handshake", "Starting up...", /expected a handshake line "CORE\|APP\|NETWORK\|ADDRESS\|grpc"/],
    [
      "another core protocol",
      `2|1|unix|${RUN_DIR}/plugin.sock|grpc`,
      /plugin speaks core protocol 2, this host speaks 1/,
    ],
    ["another plugin API", `1|9|unix|${RUN_DIR}/plugin.sock|grpc`, /plugin speaks plugin API version 9/],
    ["another protocol", `1|1|unix|${RUN_DIR}/plugin.sock|netrpc`, /offers protocol "netrpc", only "grpc"/],
    [
      "a socket elsewhere",
      "1|1|unix|/tmp/evil.sock|grpc",
      /listens on \/tmp\/evil\.sock, outside its private directory/,
    ],
    ["a socket escaping its directory", `1|1|unix|${RUN_DIR}/../p2/plugin.sock|grpc`, /outside its private directory/],
    ["a non-loopback TCP address", "1|1|tcp|10.0.0.5:4567|grpc", /only loopback addresses are accepted/],
    ["an unknown network", "1|1|udp|127.0.0.1:1|grpc", /offers network "udp", expected "unix" or "tcp"/],
  ];
  for (const [name, line, message] of refused) {
    await t.step(name, () => assert.throws(() => parseHandshake(line, RUN_DIR), message));
  }
});
