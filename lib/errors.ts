/**
 * The one way plughost reports failures: every error a user can see carries a
 * stable `code` and, for the HTTP edge, a status. The CLI prints `message`;
 * the HTTP layer answers `{"error": {"code", "message"}}` with `status`.
 *
 * @module
 */

/** A failure a user can act on: what went wrong, with which thing, and what to do. */
export class PlughostError extends Error {
  /** Stable machine-readable code, e.g. `manifest_invalid`. */
  readonly code: string;
  /** HTTP status this error maps to at the edge. */
  readonly status: number;

  constructor(
    code: string,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "PlughostError";
    this.code = code;
    this.status = options.status ?? 500;
  }
}

/** plugin.json is missing, unreadable or invalid; the message names the field path. */
export class ManifestError extends PlughostError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("manifest_invalid", message, { status: 400, ...options });
    this.name = "ManifestError";
  }
}

/** The host lacks a Deno permission it needs; the message names the flag to add. */
export class PermissionError extends PlughostError {
  constructor(message: string) {
    super("permission_missing", message, { status: 500 });
    this.name = "PermissionError";
  }
}

/** A plugin could not be started or activated. */
export class PluginStartError extends PlughostError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("plugin_start_failed", message, { status: 500, ...options });
    this.name = "PluginStartError";
  }
}

/** A request that the HTTP edge answers with `status` as it is. */
export class HttpError extends PlughostError {
  constructor(status: number, code: string, message: string) {
    super(code, message, { status });
    this.name = "HttpError";
  }
}

/** Renders any thrown value as one readable line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
