export * from "./model/index.js";
export * from "./analysis/types.js";
export * from "./engine/rule-api.js";
export * from "./config/schema.js";
