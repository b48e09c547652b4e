/**
 * `serve --watch`: reloads a plugin when its files change. Only the plugin
 * whose directory changed is reloaded; a broken edit leaves that plugin
 * failed with the reason and the host running.
 *
 * @module
 */

import { relative, sep } from "node:path";
import type { Logger } from "./log.ts";
import type { PluginManager } from "./plugins.ts";

/** Edits settle for this long before a reload, so a save of many files reloads once. */
const SETTLE_MS = 300;
const IGNORED = /(^|\/)(__pycache__|\.venv|venv|\.git|node_modules)(\/|$)|\.(pyc|log|jsonl|db|swp)$|~$/;

/** Watches the plugins directory until `signal` aborts. */
export function watchPlugins(manager: PluginManager, logger: Logger, signal: AbortSignal): Promise<void> {
  const watcher = Deno.watchFs(manager.pluginsDir, { recursive: true });
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let reloads = Promise.resolve();
  const close = () => {
    for (const timer of pending.values()) clearTimeout(timer);
    pending.clear();
    watcher.close();
  };
  signal.addEventListener("abort", close, { once: true });

  const schedule = (name: string) => {
    clearTimeout(pending.get(name));
    pending.set(
      name,
      setTimeout(() => {
        pending.delete(name);
        reloads = reloads.then(async () => {
          if (signal.aborted) return;
          const dir = `${manager.pluginsDir}${sep}${name}`;
          logger.info("plugin files changed; reloading", { dir });
          const info = await manager.reload(dir, name);
          if (info?.state === "active") logger.info("plugin reloaded", { plugin: info.id, version: info.version });
          else logger.error("plugin reload failed", { plugin: info?.id ?? name, error: info?.error });
        });
      }, SETTLE_MS),
    );
  };

  return (async () => {
    try {
      for await (const event of watcher) {
        for (const path of event.paths) {
          const inside = relative(manager.pluginsDir, path);
          if (!inside || inside.startsWith("..") || IGNORED.test(inside)) continue;
          const name = inside.split(sep)[0];
          if (name.startsWith(".")) continue;
          if (inside === name && event.kind !== "create" && event.kind !== "modify") continue;
          schedule(name);
        }
      }
    } finally {
      close();
      await reloads;
    }
  })();
}
