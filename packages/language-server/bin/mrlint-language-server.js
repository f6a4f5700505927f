#!/usr/bin/env node
// Launcher kept in git so that `pnpm install` can link the bin before the first build
// (pnpm skips bins whose file does not exist yet). The server itself is dist/bin.js.
import "../dist/bin.js";
