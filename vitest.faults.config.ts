// The fault suite (`npm run test:faults`): slow, process-level failure cases — kill -9 mid-wizard,
// a PostgreSQL cluster of its own stopped mid-run, two webhook instances on one PostgreSQL,
// start-up against a broken Bot API. Run by .ci/run after `npm test`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 1, // each case starts processes and servers of its own
    isolate: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    setupFiles: ["test/helpers/setup.ts"],
  },
});
