// Preloaded with `node --import` to make writes fail half-way, as on a full disk: a write to a file
// inside MRLINT_TEST_FAIL_WRITES_IN puts the first half of the data on disk, then throws ENOSPC.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const target = process.env.MRLINT_TEST_FAIL_WRITES_IN;
if (target) {
  const inside = (p) => typeof p === "string" && path.resolve(p).startsWith(target + path.sep);
  const full = (p) => Object.assign(new Error(`ENOSPC: no space left on device, write '${p}'`), { code: "ENOSPC", errno: -28, syscall: "write" });
  const half = (data) => (typeof data === "string" ? data.slice(0, data.length >> 1) : data.subarray(0, data.length >> 1));
  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = async function (p, data, ...rest) {
    if (!inside(p)) return writeFile.call(this, p, data, ...rest);
    await writeFile.call(this, p, half(data), ...rest);
    throw full(p);
  };
  const writeFileSync = fs.writeFileSync;
  fs.writeFileSync = function (p, data, ...rest) {
    if (!inside(p)) return writeFileSync.call(this, p, data, ...rest);
    writeFileSync.call(this, p, half(data), ...rest);
    throw full(p);
  };
  syncBuiltinESMExports();
}
