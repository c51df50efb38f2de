// The repo builds with TypeScript 7 (native, no JS API). typescript-eslint needs the JS compiler API, so
// inside the lint process every `require("typescript")` resolves to the 5.9 alias package `typescript-for-eslint`.
const Module = require("node:module");
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "typescript" || request.startsWith("typescript/")) {
    request = "typescript-for-eslint" + request.slice("typescript".length);
  }
  return original.call(this, request, ...rest);
};
