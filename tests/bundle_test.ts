import assert from "node:assert/strict";
import { join } from "node:path";
import { DEFAULT_LIMITS, packDirectory, tarHeader } from "../lib/bundle.ts";
import { stageBundle } from "../lib/install.ts";
import { FIXTURES, listDir } from "./_helpers.ts";
import { plughost } from "./_process.ts";

const BLOCK = 512;
const encoder = new TextEncoder();

interface Entry {
  name: string;
  type?: "0" | "5" | "1" | "2" | "3" | "6";
  content?: string | Uint8Array;
}

const MANIFEST = JSON.stringify({
  id: "com.example.bundled",
  version: "1.0.0",
  server: { executable: "plugin.py" },
});

/** A .tar.gz built entry by entry, including entries plughost must refuse. */
async function bundle(entries: Entry[], gzip = true): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const data = typeof entry.content === "string" ? encoder.encode(entry.content) : entry.content ?? new Uint8Array();
    const header = tarHeader(entry.name, data.length, (entry.type ?? "0") as "0", 0o644);
    if (entry.type === "1" || entry.type === "2") {
      // Link entries: fix up the type flag and target, then the checksum.
      header[156] = entry.type.charCodeAt(0);
      header.set(encoder.encode("/etc/passwd"), 157);
      header.fill(32, 148, 156);
      let sum = 0;
      for (const byte of header) sum += byte;
      header.set(encoder.encode(sum.toString(8).padStart(6, "0") + "\0 "), 148);
    }
    if (entry.type === "3" || entry.type === "6") {
      header[156] = entry.type.charCodeAt(0);
      header.fill(32, 148, 156);
      let sum = 0;
      for (const byte of header) sum += byte;
      header.set(encoder.encode(sum.toString(8).padStart(6, "0") + "\0 "), 148);
    }
    parts.push(header);
    const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
    padded.set(data);
    parts.push(padded);
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const tar = new Blob(parts as BlobPart[]).stream();
  const stream = gzip ? tar.pipeThrough(new CompressionStream("gzip")) : tar;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const GOOD = [
  { name: "bundled/plugin.json", content: MANIFEST },
  { name: "bundled/plugin.py", content: "print('hi')\n" },
];

/** Every file under `dir` with its bytes, to compare a directory before and after. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (path: string, rel: string) => {
    for await (const entry of Deno.readDir(path)) {
      const child = join(path, entry.name);
      if (entry.isDirectory) await walk(child, `${rel}${entry.name}/`);
      else out.set(`${rel}${entry.name}`, new TextDecoder().decode(await Deno.readFile(child)));
    }
  };
  await walk(dir, "");
  return out;
}

/** A plugins directory holding one installed plugin, inside a private parent. */
async function pluginsDirectory(): Promise<{ root: string; plugins: string }> {
  const root = await Deno.makeTempDir({ prefix: "plughost-bundle-" });
  const plugins = join(root, "plugins");
  await Deno.mkdir(join(plugins, "existing"), { recursive: true });
  await Deno.writeTextFile(
    join(plugins, "existing", "plugin.json"),
    JSON.stringify({ id: "com.example.existing", version: "1.0.0", server: { executable: "plugin.py" } }),
  );
  await Deno.writeTextFile(join(plugins, "existing", "plugin.py"), "");
  return { root, plugins };
}

Deno.test("install rejects malicious and broken bundles and leaves the plugins directory as it was", async (t) => {
  const { root, plugins } = await pluginsDirectory();
  const before = await snapshot(plugins);
  const cases: [string, Uint8Array | Promise<Uint8Array>, RegExp, Partial<typeof DEFAULT_LIMITS>?][] = [
    [
      "an absolute path",
      bundle([...GOOD, { name: "/tmp/evil.py", content: "x" }]),
      /"\/tmp\/evil\.py": absolute paths/,
    ],
    [
      "a path escaping with ..",
      bundle([...GOOD, { name: "bundled/../../evil.py", content: "x" }]),
      /escapes the plugin directory/,
    ],
    [
      "a symbolic link",
      bundle([...GOOD, { name: "bundled/link", type: "2" }]),
      /"bundled\/link": symbolic links are not allowed/,
    ],
    [
      "a hard link",
      bundle([...GOOD, { name: "bundled/hard", type: "1" }]),
      /"bundled\/hard": hard links are not allowed/,
    ],
    [
      "a device file",
      bundle([...GOOD, { name: "bundled/dev", type: "3" }]),
      /"bundled\/dev": device files are not allowed/,
    ],
    ["a FIFO", bundle([...GOOD, { name: "bundled/fifo", type: "6" }]), /FIFOs are not allowed/],
    [
      "too many entries",
      bundle([...GOOD, ...Array.from({ length: 5 }, (_, i) => ({ name: `bundled/f${i}`, content: "x" }))]),
      /more than 4 entries/,
      { maxEntries: 4 },
    ],
    [
      "too large once extracted",
      bundle([...GOOD, { name: "bundled/big.bin", content: new Uint8Array(4096) }]),
      /extracts to more than 1000 bytes \(at entry "bundled\/big\.bin"\)/,
      { maxExtractedBytes: 1000 },
    ],
    ["too large compressed", bundle(GOOD), /over the limit of 10 bytes/, { maxCompressedBytes: 10 }],
    [
      "not gzip at all",
      Promise.resolve(encoder.encode("this is not a bundle")),
      /Corrupt bundle: it is not a valid \.tar\.gz/,
    ],
    [
      "gzip of something that is not tar",
      (async () => {
        const stream = new Blob([encoder.encode("x".repeat(2000))]).stream().pipeThrough(new CompressionStream("gzip"));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      })(),
      /Corrupt bundle: the tar header of .* has a bad checksum/,
    ],
    ["a truncated archive", bundle(GOOD).then((bytes) => bytes.subarray(0, bytes.length - 30)), /Corrupt bundle/],
    [
      "no plugin.json",
      bundle([{ name: "bundled/plugin.py", content: "" }]),
      /has no plugin\.json at its root or inside a single top-level/,
    ],
    [
      "an invalid plugin.json",
      bundle([{ name: "plugin.json", content: '{"id": "x", "version": "1.0.0", "server": {"executable": "p.py"}}' }]),
      /Bundle rejected: Invalid <bundle>\/plugin\.json: field id is "x"/,
    ],
    [
      "an executable missing from the bundle",
      bundle([{ name: "plugin.json", content: MANIFEST }]),
      /server\.executable names "plugin\.py", which is not a file in <bundle>/,
    ],
    [
      "an id that would overwrite another plugin",
      bundle([
        { name: "plugin.json", content: MANIFEST.replace("com.example.bundled", "com.example.existing") },
        { name: "plugin.py", content: "" },
      ]),
      /Plugin com\.example\.existing is already installed .*install with force/,
    ],
  ];
  for (const [name, bytes, message, limits] of cases) {
    await t.step(name, async () => {
      const file = join(root, "bundle.tar.gz");
      await Deno.writeFile(file, await bytes);
      await assert.rejects(
        stageBundle(file, plugins, {
          limits: { ...DEFAULT_LIMITS, ...limits },
          installedDir: (id) => id === "com.example.existing" ? join(plugins, "existing") : undefined,
        }),
        message,
      );
      assert.deepEqual(await snapshot(plugins), before, "the plugins directory is unchanged");
      const leftovers = await listDir(root);
      assert.deepEqual(leftovers, ["bundle.tar.gz", "plugins"], "no staging directory is left behind");
    });
  }
  await Deno.remove(root, { recursive: true });
});

Deno.test("pack and install round-trip a plugin, leaving out caches and virtualenvs", async () => {
  const { root, plugins } = await pluginsDirectory();
  try {
    const source = join(root, "src");
    await Deno.mkdir(join(source, "__pycache__"), { recursive: true });
    await Deno.mkdir(join(source, ".venv", "bin"), { recursive: true });
    await Deno.mkdir(join(source, "pkg", "a-very-long-directory-name-to-need-a-pax-header-in-the-archive"), {
      recursive: true,
    });
    await Deno.writeTextFile(join(source, "plugin.json"), MANIFEST);
    await Deno.writeTextFile(join(source, "plugin.py"), "print('hi')\n");
    await Deno.writeTextFile(join(source, "__pycache__", "plugin.pyc"), "cache");
    await Deno.writeTextFile(join(source, ".venv", "bin", "python3"), "venv");
    const deep = join(source, "pkg", "a-very-long-directory-name-to-need-a-pax-header-in-the-archive", "module.py");
    await Deno.writeTextFile(deep, "x = 1\n");
    const file = join(root, "bundled.tar.gz");
    await packDirectory(source, "com.example.bundled", file);

    const staged = await stageBundle(file, plugins);
    await staged.swap();
    await staged.commit();
    const installed = await snapshot(join(plugins, "com.example.bundled"));
    assert.deepEqual([...installed.keys()].sort(), [
      "pkg/a-very-long-directory-name-to-need-a-pax-header-in-the-archive/module.py",
      "plugin.json",
      "plugin.py",
    ]);
    assert.equal(installed.get("plugin.py"), "print('hi')\n");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("plughost pack and plughost install work offline from the command line", async () => {
  const { root, plugins } = await pluginsDirectory();
  try {
    const file = join(root, "recorder.tar.gz");
    const packed = await plughost(["pack", join(FIXTURES, "recorder"), "-o", file]);
    assert.equal(packed.code, 0, packed.stderr);
    assert.match(packed.stdout, /packed com\.example\.recorder 1\.0\.0/);

    const installed = await plughost(["install", file, "--plugins", plugins]);
    assert.equal(installed.code, 0, installed.stderr);
    assert.ok((await Deno.stat(join(plugins, "com.example.recorder", "plugin.py"))).isFile);

    const again = await plughost(["install", file, "--plugins", plugins]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already installed .* force/);
    const forced = await plughost(["install", file, "--plugins", plugins, "--force"]);
    assert.equal(forced.code, 0, forced.stderr);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
