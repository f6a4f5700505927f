/**
 * @mrlint/language-server: the mrlint LSP server. `startServer()` runs it on
 * stdio; `createServer(connection, { engine })` wires it to any connection.
 */
export { startServer } from "./start.js";
export { createServer } from "./server.js";
export type { ServerHandle, ServerOptions } from "./server.js";
export { createRealEngine } from "./real-engine.js";
export type { DocxLint, Engine, EngineLintOptions, LoadedConfig, ReviewWritten, TextFormat } from "./engine.js";
export { COMMANDS, COVERAGE_REQUEST } from "./commands.js";
export type { CoverageParams } from "./commands.js";
export type { CoverageEvidence, CoverageRule, CoverageSummary } from "./coverage.js";
export type { LspFix, MrlintDiagnosticData } from "./convert.js";
export { DEFAULT_SETTINGS } from "./settings.js";
export type { ServerSettings } from "./settings.js";
export { SERVER_NAME, SERVER_VERSION } from "./version.js";
