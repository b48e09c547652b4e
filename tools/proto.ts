/**
 * Regenerates the code that comes from proto/: the Python stubs in
 * python-sdk/plughost/v1 (protoc + grpc_python_plugin) and the TypeScript
 * types in lib/generated (proto-loader-gen-types). `deno task proto` writes
 * them into the tree; the stubs test generates them into a temporary
 * directory and compares.
 *
 * @module
 */

import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const PROTO_FILES = ["plughost/v1/common.proto", "plughost/v1/plugin.proto", "plughost/v1/api.proto"];
export const PROTO_LOADER = "npm:@grpc/proto-loader@0.8.1/proto-loader-gen-types";
const GRPC_PYTHON_PLUGIN = "/usr/bin/grpc_python_plugin";
const WELL_KNOWN_INCLUDE = "/usr/include";

async function run(command: string, args: string[], cwd: string): Promise<void> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(command, { args, cwd, stdout: "piped", stderr: "piped" }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Error(
        `${command} is not installed: apt-get install -y protobuf-compiler protobuf-compiler-grpc`,
      );
    }
    throw error;
  }
  if (!output.success) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${new TextDecoder().decode(output.stderr)}`);
  }
}

/** Writes the Python stubs under `outDir/plughost/v1`. */
export async function generatePython(outDir: string): Promise<void> {
  await Deno.mkdir(join(outDir, "plughost", "v1"), { recursive: true });
  await run("protoc", [
    "-I",
    "proto",
    "-I",
    WELL_KNOWN_INCLUDE,
    `--python_out=${outDir}`,
    `--grpc_out=${outDir}`,
    `--plugin=protoc-gen-grpc=${GRPC_PYTHON_PLUGIN}`,
    ...PROTO_FILES.map((file) => `proto/${file}`),
  ], ROOT);
}

/** Writes the TypeScript types into `outDir` (flags match LOAD_OPTIONS in lib/rpc.ts). */
export async function generateTypeScript(outDir: string): Promise<void> {
  await run(Deno.execPath(), [
    "run",
    "--allow-all",
    PROTO_LOADER,
    "--grpcLib=@grpc/grpc-js",
    "--longs=Number",
    "--enums=String",
    "--defaults",
    "--oneofs",
    "--importFileExtension=.ts",
    "-I",
    "proto",
    "-O",
    outDir,
    ...PROTO_FILES,
  ], ROOT);
}

if (import.meta.main) {
  await Deno.remove(join(ROOT, "lib", "generated"), { recursive: true }).catch(() => {});
  await generatePython(join(ROOT, "python-sdk"));
  await generateTypeScript(join(ROOT, "lib", "generated"));
  // deno-lint-ignore no-console
  console.log("regenerated python-sdk/plughost/v1 and lib/generated from proto/");
}
