import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/faults/**", "**/node_modules/**"], // slow process-level cases: npm run test:faults
    pool: "forks",
    // One PGlite per worker (opening one costs ~2.5 s): keep the worker count small.
    maxWorkers: 2,
    // share modules (and so the one PGlite) between the test files of a worker
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
