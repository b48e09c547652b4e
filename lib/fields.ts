/**
 * Reading untrusted JSON request bodies field by field, with 400 errors that
 * name the thing and the field ("Invalid user: field username is missing").
 *
 * @module
 */

import { HttpError } from "./errors.ts";

export class BodyFields {
  readonly #body: Record<string, unknown>;
  readonly #thing: string;

  /** Checks that `json` is an object; `thing` names it in errors ("user", "post"). */
  constructor(json: unknown, thing: string) {
    this.#thing = thing;
    if (typeof json !== "object" || json === null || Array.isArray(json)) {
      throw this.invalid("(body)", "must be a JSON object");
    }
    this.#body = json as Record<string, unknown>;
  }

  invalid(field: string, problem: string): HttpError {
    return new HttpError(400, "invalid_argument", `Invalid ${this.#thing}: field ${field} ${problem}`);
  }

  /** An optional string field. */
  text(field: string): string | undefined {
    const value = this.#body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw this.invalid(field, `must be a string, got ${typeof value}`);
    return value;
  }

  /** A string field that must be there. */
  required(field: string): string {
    const value = this.text(field);
    if (value === undefined) throw this.invalid(field, "is missing");
    return value;
  }

  /** An optional boolean field. */
  flag(field: string): boolean | undefined {
    const value = this.#body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") throw this.invalid(field, "must be true or false");
    return value;
  }

  /** An optional JSON object field. */
  object(field: string): Record<string, unknown> | undefined {
    const value = this.#body[field];
    if (value === undefined) return undefined;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw this.invalid(field, "must be a JSON object");
    }
    return value as Record<string, unknown>;
  }
}
