/**
 * Plugin settings: the manifest's `settings_schema` (Mattermost's field
 * types), validation of a candidate configuration against it, and the
 * effective configuration (defaults overlaid by what was saved).
 *
 * @module
 */

import { HttpError } from "./errors.ts";

export const SETTING_TYPES = [
  "bool",
  "dropdown",
  "generated",
  "radio",
  "text",
  "longtext",
  "number",
  "username",
  "custom",
] as const;
export type SettingType = typeof SETTING_TYPES[number];

export interface Setting {
  key: string;
  display_name: string;
  type: SettingType;
  help_text: string;
  placeholder: string;
  default?: unknown;
  options?: { display_name: string; value: string }[];
  secret: boolean;
}

export interface SettingsSchema {
  header: string;
  footer: string;
  settings: Setting[];
}

export type PluginConfig = Record<string, unknown>;

/** Shown instead of a secret setting's value in admin responses. */
export const SECRET_MASK = "********";

function settingError(key: string, problem: string): HttpError {
  return new HttpError(400, "invalid_config", `Invalid plugin settings: ${key} ${problem}`);
}

/** Checks one value against its setting; returns the value to store. */
function checkValue(setting: Setting, value: unknown): unknown {
  const { key, type } = setting;
  switch (type) {
    case "bool":
      if (typeof value !== "boolean") throw settingError(key, `must be true or false, got ${JSON.stringify(value)}`);
      return value;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw settingError(key, `must be a number, got ${JSON.stringify(value)}`);
      }
      return value;
    case "dropdown":
    case "radio": {
      const allowed = (setting.options ?? []).map((option) => option.value);
      if (typeof value !== "string" || !allowed.includes(value)) {
        throw settingError(
          key,
          `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`,
        );
      }
      return value;
    }
    case "custom":
      return value;
    default:
      if (typeof value !== "string") throw settingError(key, `must be a string, got ${JSON.stringify(value)}`);
      return value;
  }
}

/**
 * Validates `candidate` (untrusted JSON) against `schema`: every key must be
 * a declared setting with a value of its type. Keys set to the secret mask
 * keep their saved value, so an admin can send back what GET returned.
 */
export function validateConfig(
  schema: SettingsSchema | undefined,
  candidate: unknown,
  saved: PluginConfig = {},
): PluginConfig {
  if (typeof candidate !== "object" || candidate === null || Array.isArray(candidate)) {
    throw new HttpError(400, "invalid_config", "Invalid plugin settings: send a JSON object of setting keys to values");
  }
  const settings = new Map((schema?.settings ?? []).map((setting) => [setting.key, setting]));
  const out: PluginConfig = {};
  for (const [key, value] of Object.entries(candidate as Record<string, unknown>)) {
    const setting = settings.get(key);
    if (!setting) {
      const known = [...settings.keys()];
      throw settingError(
        key,
        `is not a setting of this plugin (${known.length ? `known: ${known.join(", ")}` : "it declares none"})`,
      );
    }
    out[key] = setting.secret && value === SECRET_MASK && key in saved ? saved[key] : checkValue(setting, value);
  }
  return out;
}

/** Defaults from the schema overlaid by the saved values. */
export function effectiveConfig(schema: SettingsSchema | undefined, saved: PluginConfig): PluginConfig {
  const out: PluginConfig = {};
  for (const setting of schema?.settings ?? []) {
    if (setting.default !== undefined) out[setting.key] = setting.default;
  }
  return { ...out, ...saved };
}

/** The effective configuration with secret values masked, for admin responses. */
export function maskSecrets(schema: SettingsSchema | undefined, config: PluginConfig): PluginConfig {
  const out = { ...config };
  for (const setting of schema?.settings ?? []) {
    if (setting.secret && out[setting.key] !== undefined && out[setting.key] !== "") out[setting.key] = SECRET_MASK;
  }
  return out;
}
