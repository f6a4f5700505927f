/** The server's version, reported in `serverInfo` (a test keeps it equal to package.json). */
export const SERVER_VERSION = "0.1.0";
export const SERVER_NAME = "mrlint-language-server";
