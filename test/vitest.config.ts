// Vitest configuration (kept under test/ so the project's top level stays as agreed).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["test/**/*.test.ts"],
    // Site builds and browser walks take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: "forks",
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
