/**
 * The host log: one line per event on stderr, `time LEVEL message key=value ...`.
 * Plugin output and plugin API log calls arrive here tagged with `plugin=ID`.
 *
 * @module
 */

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = typeof LOG_LEVELS[number];
export type LogFields = Record<string, unknown>;

/** Where log lines go; replaceable so tests can read what was logged. */
export type LogSink = (line: string) => void;

const encoder = new TextEncoder();

const stderrSink: LogSink = (line) => {
  Deno.stderr.writeSync(encoder.encode(line + "\n"));
};

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function formatValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

export class Logger {
  #level: number;
  #sink: LogSink;
  #fields: LogFields;

  constructor(
    options: { level?: LogLevel; sink?: LogSink; fields?: LogFields } = {},
  ) {
    this.#level = LOG_LEVELS.indexOf(options.level ?? "info");
    this.#sink = options.sink ?? stderrSink;
    this.#fields = options.fields ?? {};
  }

  /** A logger that adds `fields` to every line, e.g. `{plugin: "com.example.demo"}`. */
  with(fields: LogFields): Logger {
    const child = new Logger({ sink: this.#sink, fields: { ...this.#fields, ...fields } });
    child.#level = this.#level;
    return child;
  }

  enabled(level: LogLevel): boolean {
    return LOG_LEVELS.indexOf(level) >= this.#level;
  }

  log(level: LogLevel, message: string, fields: LogFields = {}): void {
    if (this.enabled(level)) this.#write(level, message, fields);
  }

  /** An info line shown at every log level: the few a user or a script must always see. */
  notice(message: string, fields: LogFields = {}): void {
    this.#write("info", message, fields);
  }

  #write(level: LogLevel, message: string, fields: LogFields): void {
    let line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}`;
    for (const [key, value] of Object.entries({ ...this.#fields, ...fields })) {
      if (value !== undefined) line += ` ${key}=${formatValue(value)}`;
    }
    this.#sink(line);
  }

  debug(message: string, fields?: LogFields): void {
    this.log("debug", message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.log("info", message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.log("warn", message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.log("error", message, fields);
  }
}
