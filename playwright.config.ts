import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4174);
/** The same app built against a Supabase host that only the tests answer (offline.spec.ts). */
const SUPABASE_PORT = Number(process.env.E2E_SUPABASE_PORT ?? 4175);

/** Debian's Chromium; Playwright's own browser download cannot work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** SwiftShader WebGL without a GPU, and no background traffic into the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Chromium prepares its address bar's WebUI pop-up in a renderer of its own for each new
  // window (each browser context): ~1 s of CPU at a random moment, on a 2-core machine beside
  // the page under test.
  '--disable-features=WebUIOmniboxPopup',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      testIgnore: /responsive\.spec\.ts/,
    },
    {
      name: 'mobile-360',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      testMatch: /responsive\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `npx vite preview --outDir dist-supabase --port ${SUPABASE_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${SUPABASE_PORT}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
