// Bundles the extension (dist/extension.js) and the language server with all of mrlint
// (dist/server.js) into CommonJS files for VS Code's Node runtime. Run after `tsc -b`
// at the repository root: the server bundle starts from the packages' dist output.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: false,
  minify: process.argv.includes("--minify"),
  logLevel: "warning",
  absWorkingDir: root,
  legalComments: "none",
};

await Promise.all([
  build({ ...common, entryPoints: ["src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  build({ ...common, entryPoints: ["src/server-main.ts"], outfile: "dist/server.js" }),
]);
console.log("built dist/extension.js and dist/server.js");
