/**
 * Installing a bundle into the plugins directory, atomically: the bundle is
 * extracted and validated in a staging directory next to the plugins
 * directory and only then renamed into `PLUGINS/{id}`. Until `commit()` the
 * previous version is kept aside so an upgrade that fails to activate can be
 * rolled back.
 *
 * @module
 */

import { basename, dirname, join, resolve } from "node:path";
import { BundleError, type BundleLimits, DEFAULT_LIMITS, extractBundle } from "./bundle.ts";
import { describeError, HttpError, PlughostError } from "./errors.ts";
import { type Manifest, MANIFEST_FILE, readManifest } from "./manifest.ts";
import type { PluginInfo, PluginManager } from "./plugins.ts";

/** A validated bundle waiting in its staging directory. */
export interface StagedBundle {
  manifest: Manifest;
  /** Where the plugin will live: `PLUGINS/{id}`. */
  target: string;
  /** Moves the new version into place (the old one, if any, is set aside). */
  swap(): Promise<void>;
  /** Puts the old version back (or removes the new one) and cleans up. */
  rollback(): Promise<void>;
  /** Drops the old version and the staging directory. */
  commit(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Finds plugin.json at the root of the extraction or inside its single top-level directory. */
async function pluginRoot(extracted: string): Promise<string> {
  if (await exists(join(extracted, MANIFEST_FILE))) return extracted;
  const entries: Deno.DirEntry[] = [];
  for await (const entry of Deno.readDir(extracted)) entries.push(entry);
  if (entries.length === 1 && entries[0].isDirectory) {
    const inner = join(extracted, entries[0].name);
    if (await exists(join(inner, MANIFEST_FILE))) return inner;
  }
  throw new BundleError(
    "Bundle has no plugin.json at its root or inside a single top-level directory; build it with plughost pack DIR",
  );
}

/**
 * Extracts and validates `file` for installation into `pluginsDir`.
 * `installedDir(id)` tells where a plugin with that id lives now, if
 * anywhere; replacing it needs `force`.
 */
export async function stageBundle(
  file: string,
  pluginsDir: string,
  options: { force?: boolean; limits?: BundleLimits; installedDir?: (id: string) => string | undefined } = {},
): Promise<StagedBundle> {
  pluginsDir = resolve(pluginsDir);
  const staging = await Deno.makeTempDir({ dir: dirname(pluginsDir), prefix: `.${basename(pluginsDir)}-staging-` });
  const cleanup = () => Deno.remove(staging, { recursive: true }).catch(() => {});
  try {
    const extracted = join(staging, "new");
    await extractBundle(file, extracted, options.limits ?? DEFAULT_LIMITS);
    const root = await pluginRoot(extracted);
    let manifest: Manifest;
    try {
      manifest = await readManifest(root);
    } catch (error) {
      // Name the file as it is in the bundle, not the staging path.
      const message = describeError(error).replaceAll(root, "<bundle>");
      throw new BundleError(`Bundle rejected: ${message}`);
    }
    const target = join(pluginsDir, manifest.id);
    const current = options.installedDir?.(manifest.id) ?? ((await exists(target)) ? target : undefined);
    if (current && !options.force) {
      throw new HttpError(
        409,
        "plugin_exists",
        `Plugin ${manifest.id} is already installed in ${current}; to replace it, install with force (?force=true, --force)`,
      );
    }
    const aside = join(staging, "previous");
    let swapped = false;
    return {
      manifest,
      target,
      async swap() {
        if (current) await Deno.rename(current, aside);
        try {
          await Deno.rename(root, target);
        } catch (error) {
          if (current) await Deno.rename(aside, current);
          throw error;
        }
        swapped = true;
      },
      async rollback() {
        if (swapped) {
          await Deno.remove(target, { recursive: true });
          if (current) await Deno.rename(aside, current);
        }
        await cleanup();
      },
      commit: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * Installs a bundle on a running host: stage, stop the old version if any,
 * swap, start. If an upgrade of an active plugin fails to activate, the old
 * version is restored and restarted and the error is thrown.
 */
export async function installPlugin(
  manager: PluginManager,
  file: string,
  options: { force?: boolean; enable?: boolean; limits?: BundleLimits },
): Promise<PluginInfo> {
  const staged = await stageBundle(file, manager.pluginsDir, {
    force: options.force,
    limits: options.limits,
    installedDir: (id) => manager.dirOf(id),
  });
  const id = staged.manifest.id;
  const previous = manager.info(id);
  const previousDir = manager.dirOf(id);
  const wasActive = previous?.state === "active";
  if (previous) await manager.stop(id);
  try {
    await staged.swap();
  } catch (error) {
    await staged.rollback();
    if (previous && previousDir) await manager.reload(previousDir, id, { replaces: id });
    throw new PlughostError("install_failed", `Cannot install ${id}: ${describeError(error)}`, { cause: error });
  }
  const enable = options.enable || (previous?.enabled ?? false);
  const info = await manager.reload(staged.target, id, { enable, replaces: id });
  if (enable && info.state !== "active" && previous && previousDir) {
    const failure = info.error ?? `state ${info.state}`;
    await manager.stop(id);
    await staged.rollback();
    await manager.reload(previousDir, id, { enable: previous.enabled, replaces: id });
    throw new PlughostError(
      "upgrade_failed",
      `Upgrade of ${id} to ${staged.manifest.version} failed, version ${previous.version} was restored` +
        `${wasActive ? " and reactivated" : ""}: ${failure}`,
      { status: 400 },
    );
  }
  await staged.commit();
  return info;
}
