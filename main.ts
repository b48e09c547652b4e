/**
 * plughost's entry point: hands the command line to lib/cli.ts.
 *
 * @module
 */

import { main } from "./lib/cli.ts";

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
