/**
 * A plugin's settings at run time: read (schema defaults overlaid by what
 * was saved), and saved after validation, with OnConfigurationChange fired
 * into the running plugin. Used by the admin API and by the plugin API.
 *
 * @module
 */

import { effectiveConfig, maskSecrets, type PluginConfig, validateConfig } from "./config.ts";
import { HttpError } from "./errors.ts";
import type { Hooks } from "./hooks.ts";
import type { PluginManager } from "./plugins.ts";
import type { Store } from "./store.ts";

export class PluginSettings {
  #store: Store;
  #manager: PluginManager;
  #hooks: Hooks;

  constructor(store: Store, manager: PluginManager, hooks: Hooks) {
    this.#store = store;
    this.#manager = manager;
    this.#hooks = hooks;
  }

  #schema(pluginId: string) {
    if (!this.#manager.has(pluginId)) {
      throw new HttpError(404, "plugin_not_found", `No plugin ${pluginId} is installed`);
    }
    return this.#manager.manifestOf(pluginId)?.settings_schema;
  }

  /** The effective settings; `masked` hides secret values (for admin responses). */
  get(pluginId: string, masked = false): PluginConfig {
    const schema = this.#schema(pluginId);
    const config = effectiveConfig(schema, this.#store.pluginConfig(pluginId));
    return masked ? maskSecrets(schema, config) : config;
  }

  /**
   * Validates and saves `candidate` as the plugin's settings (replacing the
   * saved ones), then calls OnConfigurationChange if the plugin is running.
   * Resolves to the masked settings and the hook's error, if any.
   */
  async save(pluginId: string, candidate: unknown): Promise<{ config: PluginConfig; hook_error?: string }> {
    const schema = this.#schema(pluginId);
    const config = validateConfig(schema, candidate, this.#store.pluginConfig(pluginId));
    this.#store.savePluginConfig(pluginId, config);
    const hookError = await this.#hooks.onConfigurationChange(pluginId);
    return { config: this.get(pluginId, true), ...(hookError ? { hook_error: hookError } : {}) };
  }
}
