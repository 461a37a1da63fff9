import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Teardowns run in reverse: the check for leftover processes runs last, after Redis stops.
    globalSetup: ["test/support/global-leftovers.ts", "test/support/global-build.ts", "test/support/global-redis.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
