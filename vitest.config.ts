import { defineConfig } from "vitest/config";

// Two projects: `unit` (everything in test/ but test/e2e/, a minute or so) and
// `e2e` (tests that install the package or drive pre-commit, Neovim and
// headless Chromium: minutes on a first run). `npm test` runs both; `npm run
// test:unit` the first alone.
export default defineConfig({
  test: {
    testTimeout: 30000,
    pool: "threads",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"] } },
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"] } },
    ],
  },
});
