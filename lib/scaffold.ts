/**
 * `plughost new ID`: a working Python plugin to start from, with a hook, an
 * HTTP route and a test, that `plughost serve` runs as it is.
 *
 * @module
 */

import { join } from "node:path";
import { PlughostError } from "./errors.ts";
import { validateManifest } from "./manifest.ts";

function className(id: string): string {
  const last = id.split(".").at(-1) ?? id;
  const words = last.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  const name = words.map((word) => word[0].toUpperCase() + word.slice(1)).join("") || "My";
  return /^[0-9]/.test(name) ? `Plugin${name}` : `${name}Plugin`;
}

function pluginPy(id: string, cls: string): string {
  return `"""${id}: a plughost plugin.

Run it: plughost serve --plugins <the directory holding this one>
Try it: curl http://127.0.0.1:8065/plugins/${id}/hello
"""

import json

from plughost import Plugin, run


class ${cls}(Plugin):
    def on_activate(self):
        self.api.log_info("${id} activated")

    def message_has_been_posted(self, context, post):
        # Count the posts this plugin has seen, in its own KV namespace.
        count = int(self.api.kv_get("posts_seen") or b"0") + 1
        self.api.kv_set("posts_seen", str(count))

    def serve_http(self, context, response, request):
        if request.path == "/hello":
            seen = int(self.api.kv_get("posts_seen") or b"0")
            response.headers["Content-Type"] = "application/json"
            response.write(json.dumps({"hello": request.query.get("name", ["world"])[0], "posts_seen": seen}))
        else:
            response.status_code = 404
            response.write("not found\\n")


if __name__ == "__main__":
    run(${cls})
`;
}

function testPy(cls: string): string {
  return `"""Tests for the plugin, runnable without a host:

    PYTHONPATH=<plughost>/python-sdk python3 -m unittest discover -s .
"""

import json
import unittest

from plughost import Context, Headers, Request, RequestBody, ResponseWriter

from plugin import ${cls}


class FakeAPI:
    """Stands in for the host's API in tests."""

    def __init__(self):
        self.kv = {}

    def kv_get(self, key):
        return self.kv.get(key)

    def kv_set(self, key, value):
        self.kv[key] = value.encode() if isinstance(value, str) else value

    def log_info(self, message, **fields):
        pass


class ${cls}Test(unittest.TestCase):
    def setUp(self):
        self.plugin = ${cls}()
        self.plugin.api = FakeAPI()

    def get(self, url):
        sent = []
        request = Request("GET", url, Headers(), RequestBody(iter([])))
        response = ResponseWriter(sent.append)
        self.plugin.serve_http(Context(), response, request)
        response._finish()
        body = b"".join(item[1] for item in sent if isinstance(item, tuple) and item[0] == "body")
        return response.status_code, body

    def test_hello_counts_posts(self):
        self.plugin.message_has_been_posted(Context(), None)
        status, body = self.get("/hello?name=tester")
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body), {"hello": "tester", "posts_seen": 1})

    def test_unknown_route_is_404(self):
        self.assertEqual(self.get("/nope")[0], 404)


if __name__ == "__main__":
    unittest.main()
`;
}

/** Writes a new plugin into `DIR/ID`; refuses to overwrite anything. Returns the plugin directory. */
export async function scaffoldPlugin(id: string, parent: string): Promise<string> {
  validateManifest(
    { id, version: "0.1.0", server: { executable: "plugin.py", runtime: "python" } },
    "the new plugin's manifest",
  );
  const dir = join(parent, id);
  try {
    await Deno.mkdir(dir, { recursive: false });
  } catch (error) {
    if (error instanceof Deno.errors.AlreadyExists) {
      throw new PlughostError("exists", `${dir} already exists; choose another id or --dir`, { status: 409 });
    }
    if (error instanceof Deno.errors.NotFound) {
      throw new PlughostError("not_found", `${parent} does not exist; create it or choose another --dir`);
    }
    throw error;
  }
  const cls = className(id);
  const manifest = {
    id,
    name: id,
    version: "0.1.0",
    description: "A plughost plugin",
    server: { executable: "plugin.py", runtime: "python" },
  };
  await Deno.writeTextFile(join(dir, "plugin.json"), JSON.stringify(manifest, null, 2) + "\n");
  await Deno.writeTextFile(join(dir, "plugin.py"), pluginPy(id, cls));
  await Deno.writeTextFile(join(dir, "test_plugin.py"), testPy(cls));
  return dir;
}
