/**
 * plugin.json: reading and validating a plugin's manifest. Every error names
 * the file and the field path, so a plugin author knows what to fix.
 *
 * @module
 */

import { isAbsolute, join, normalize, relative, resolve } from "node:path";
import { ManifestError } from "./errors.ts";
import { type Setting, SETTING_TYPES, type SettingsSchema, type SettingType } from "./config.ts";

/** A validated plugin manifest (Mattermost's shape, `server.runtime` fixed to python). */
export interface Manifest {
  id: string;
  name: string;
  version: string;
  description: string;
  server: {
    /** Path of the entry script, relative to the plugin directory. */
    executable: string;
    runtime: "python";
    /** Interpreter to run this plugin with; overrides the host's choice. */
    python?: string;
  };
  /** The plugin's settings, as in Mattermost's manifest. */
  settings_schema?: SettingsSchema;
}

export const MANIFEST_FILE = "plugin.json";
const ID_PATTERN = /^[a-zA-Z0-9\-_.]{3,190}$/;
// Semantic Versioning 2.0.0, with an optional leading "v" as Mattermost accepts.
const SEMVER_PATTERN =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates parsed manifest JSON. `source` names the file in errors.
 *
 * @example
 * ```ts
 * import { validateManifest } from "./manifest.ts";
 * const manifest = validateManifest({
 *   id: "com.example.demo", name: "Demo", version: "1.0.0",
 *   server: { executable: "plugin.py", runtime: "python" },
 * }, "plugin.json");
 * console.assert(manifest.server.executable === "plugin.py");
 * ```
 */
export function validateManifest(raw: unknown, source: string): Manifest {
  const fail = (field: string, problem: string): never => {
    throw new ManifestError(`Invalid ${source}: field ${field} ${problem}`);
  };
  if (!isObject(raw)) fail("(root)", "must be a JSON object");
  const json = raw as Json;

  const text = (value: unknown, field: string, required: boolean): string => {
    if (value === undefined || value === null) {
      return required ? fail(field, "is missing") : "";
    }
    if (typeof value !== "string") return fail(field, `must be a string, got ${typeof value}`);
    if (required && value.trim() === "") return fail(field, "must not be empty");
    return value;
  };

  const id = text(json.id, "id", true);
  if (!ID_PATTERN.test(id)) {
    fail(
      "id",
      `is ${JSON.stringify(id)}: use 3 to 190 characters of letters, digits, "-", "_" and "."`,
    );
  }
  const version = text(json.version, "version", true);
  if (!SEMVER_PATTERN.test(version)) {
    fail("version", `is ${JSON.stringify(version)}: use a semantic version such as "1.2.3"`);
  }
  const name = text(json.name, "name", false) || id;
  const description = text(json.description, "description", false);

  if (json.server === undefined) fail("server", "is missing: a plughost plugin needs a server part");
  if (!isObject(json.server)) fail("server", "must be an object");
  const server = json.server as Json;
  const runtime = server.runtime === undefined ? "python" : text(server.runtime, "server.runtime", true);
  if (runtime !== "python") {
    fail("server.runtime", `is ${JSON.stringify(runtime)}: the only runtime plughost runs is "python"`);
  }
  const executable = text(server.executable, "server.executable", true);
  if (isAbsolute(executable) || normalize(executable).split(/[\\/]/)[0] === "..") {
    fail("server.executable", `is ${JSON.stringify(executable)}: it must be a path inside the plugin directory`);
  }
  const python = text(server.python, "server.python", false) || undefined;

  const settings_schema = json.settings_schema === undefined || json.settings_schema === null
    ? undefined
    : parseSettingsSchema(json.settings_schema, fail);

  return { id, name, version, description, server: { executable, runtime: "python", python }, settings_schema };
}

function parseSettingsSchema(raw: unknown, fail: (field: string, problem: string) => never): SettingsSchema {
  if (!isObject(raw)) return fail("settings_schema", "must be an object");
  const optionalText = (value: unknown, field: string): string => {
    if (value === undefined || value === null) return "";
    return typeof value === "string" ? value : fail(field, "must be a string");
  };
  if (raw.settings !== undefined && !Array.isArray(raw.settings)) fail("settings_schema.settings", "must be an array");
  const seen = new Set<string>();
  const settings = ((raw.settings as unknown[] | undefined) ?? []).map((item, index): Setting => {
    const path = `settings_schema.settings[${index}]`;
    if (!isObject(item)) return fail(path, "must be an object");
    if (typeof item.key !== "string" || item.key === "") return fail(`${path}.key`, "must be a non-empty string");
    if (seen.has(item.key)) fail(`${path}.key`, `repeats ${JSON.stringify(item.key)}`);
    seen.add(item.key);
    if (!(SETTING_TYPES as readonly unknown[]).includes(item.type)) {
      fail(`${path}.type`, `is ${JSON.stringify(item.type)}: use one of ${SETTING_TYPES.join(", ")}`);
    }
    let options: Setting["options"];
    if (item.type === "dropdown" || item.type === "radio") {
      if (!Array.isArray(item.options) || item.options.length === 0) {
        fail(`${path}.options`, `must list the choices of a ${item.type} setting`);
      }
      options = (item.options as unknown[]).map((option, optionIndex) => {
        if (!isObject(option) || typeof option.value !== "string") {
          return fail(`${path}.options[${optionIndex}].value`, "must be a string");
        }
        return {
          display_name: optionalText(option.display_name, `${path}.options[${optionIndex}].display_name`),
          value: option.value,
        };
      });
    }
    if (item.secret !== undefined && typeof item.secret !== "boolean") fail(`${path}.secret`, "must be true or false");
    return {
      key: item.key,
      display_name: optionalText(item.display_name, `${path}.display_name`),
      type: item.type as SettingType,
      help_text: optionalText(item.help_text, `${path}.help_text`),
      placeholder: optionalText(item.placeholder, `${path}.placeholder`),
      default: item.default,
      options,
      secret: item.secret === true,
    };
  });
  return {
    header: optionalText(raw.header, "settings_schema.header"),
    footer: optionalText(raw.footer, "settings_schema.footer"),
    settings,
  };
}

/** Reads and validates `DIR/plugin.json`; also checks that the executable exists. */
export async function readManifest(pluginDir: string): Promise<Manifest> {
  const path = join(pluginDir, MANIFEST_FILE);
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new ManifestError(`Cannot read ${path}: the file is missing; every plugin directory needs a plugin.json`);
    }
    throw new ManifestError(`Cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`Cannot parse ${path}: ${(error as Error).message}`, { cause: error });
  }
  const manifest = validateManifest(raw, path);
  const executable = resolve(pluginDir, manifest.server.executable);
  if (relative(resolve(pluginDir), executable).startsWith("..")) {
    throw new ManifestError(`Invalid ${path}: field server.executable must stay inside the plugin directory`);
  }
  try {
    const info = await Deno.stat(executable);
    if (!info.isFile) throw new Error("not a file");
  } catch {
    throw new ManifestError(
      `Invalid ${path}: field server.executable names ${
        JSON.stringify(manifest.server.executable)
      }, which is not a file in ${pluginDir}`,
    );
  }
  return manifest;
}
