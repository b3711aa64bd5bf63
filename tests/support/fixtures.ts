// The only module that imports Playwright's runner: a test with an app driver, a guard that
// fails on console errors and on any request that leaves localhost.
import { test as base, expect } from '@playwright/test';
import { AppDriver } from './app-driver';

interface Fixtures {
  app: AppDriver;
}

export const test = base.extend<Fixtures>({
  app: async ({ page, baseURL }, use) => {
    const consoleErrors: string[] = [];
    const externalRequests: string[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;

    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
        return route.continue();
      }
      externalRequests.push(url);
      return route.abort();
    });

    const app = new AppDriver(page);
    await use(app);

    expect(externalRequests, 'requests beyond localhost').toEqual([]);
    const unexpected = consoleErrors.filter(
      (text) => !app.expectedConsoleErrors.some((re) => re.test(text)),
    );
    expect(unexpected, 'console errors').toEqual([]);
  },
});

export { expect };
