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
    // generous: opening the first database of a worker is slow on a busy 2-core machine
    testTimeout: 60_000,
    hookTimeout: 180_000,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
