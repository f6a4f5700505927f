// Preloaded with `node --import` to simulate a folder this process may not read (EACCES) without
// relying on the user id: as root, chmod 000 is not enforced, so the catalogue test makes readdir
// fail the way it fails for an ordinary user. Only the folder named in MRLINT_TEST_UNREADABLE_DIR
// (and anything below it) is affected.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const target = process.env.MRLINT_TEST_UNREADABLE_DIR;
if (target) {
  const blocked = (p) => {
    const full = path.resolve(String(p));
    return full === target || full.startsWith(target + path.sep);
  };
  const denied = (p) =>
    Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: "EACCES", errno: -13, syscall: "scandir", path: String(p) });
  for (const name of ["readdirSync", "opendirSync"]) {
    const original = fs[name];
    fs[name] = function (p, ...rest) {
      if (blocked(p)) throw denied(p);
      return original.call(this, p, ...rest);
    };
  }
  for (const name of ["readdir", "opendir"]) {
    const original = fs[name];
    fs[name] = function (p, ...rest) {
      if (blocked(p)) return void process.nextTick(rest[rest.length - 1], denied(p));
      return original.call(this, p, ...rest);
    };
    const originalPromise = fs.promises[name];
    fs.promises[name] = async function (p, ...rest) {
      if (blocked(p)) throw denied(p);
      return originalPromise.call(this, p, ...rest);
    };
  }
  syncBuiltinESMExports();
}
