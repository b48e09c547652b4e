/**
 * The admin API client behind `plughost plugins ...`: talks to a running
 * host over HTTP and turns its JSON errors into readable ones.
 *
 * @module
 */

import { PlughostError } from "./errors.ts";
import type { PluginInfo } from "./plugins.ts";

export class AdminClient {
  #url: string;
  #token: string;

  constructor(url: string, token: string) {
    this.#url = url.replace(/\/+$/, "");
    this.#token = token;
  }

  async #request<T>(method: string, path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.#url}${path}`, {
        ...init,
        method,
        headers: { authorization: `Bearer ${this.#token}`, ...init.headers },
      });
    } catch (error) {
      throw new PlughostError(
        "host_unreachable",
        `Cannot reach plughost at ${this.#url}: ${(error as Error).message}; is it running? (--url)`,
      );
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new PlughostError(
        error?.code ?? "http_error",
        error?.message ?? `${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`,
        { status: response.status },
      );
    }
    return body as T;
  }

  list(): Promise<PluginInfo[]> {
    return this.#request("GET", "/api/v4/plugins");
  }

  enable(id: string): Promise<PluginInfo> {
    return this.#request("POST", `/api/v4/plugins/${encodeURIComponent(id)}/enable`);
  }

  disable(id: string): Promise<PluginInfo> {
    return this.#request("POST", `/api/v4/plugins/${encodeURIComponent(id)}/disable`);
  }

  remove(id: string): Promise<{ id: string; removed: boolean }> {
    return this.#request("DELETE", `/api/v4/plugins/${encodeURIComponent(id)}`);
  }

  /** Uploads a bundle, streamed from disk; `progress` hears bytes sent so far. */
  async install(
    file: string,
    options: { force?: boolean; enable?: boolean; progress?: (sent: number, total: number) => void },
  ): Promise<PluginInfo> {
    const total = (await Deno.stat(file)).size;
    const handle = await Deno.open(file);
    let sent = 0;
    const body = handle.readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          sent += chunk.length;
          options.progress?.(sent, total);
          controller.enqueue(chunk);
        },
      }),
    );
    const query = new URLSearchParams();
    if (options.force) query.set("force", "true");
    if (options.enable) query.set("enable", "true");
    return await this.#request("POST", `/api/v4/plugins?${query}`, {
      body,
      headers: { "content-type": "application/gzip", "content-length": String(total) },
    });
  }
}

/** Plugins as a table, for `plughost plugins list`. */
export function formatPluginTable(plugins: PluginInfo[]): string {
  const rows = [
    ["ID", "VERSION", "STATE", "RESTARTS", "ERROR"],
    ...plugins.map((plugin) => [
      plugin.id,
      plugin.version,
      plugin.state,
      String(plugin.restarts),
      (plugin.error ?? "").split("\n")[0].slice(0, 80),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd()).join("\n");
}
