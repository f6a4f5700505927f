export * from "./document.js";
export * from "./positions.js";
export * from "./results.js";
export * from "./errors.js";
