import { chromium } from 'playwright-core';
const [, , url, out, width = '1280', height = '900', persona, wait = '4000'] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({
  viewport: { width: +width, height: +height },
  locale: 'nl-NL',
});
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console:', m.text());
});
if (persona) {
  await page.goto(new URL(url).origin);
  await page.evaluate(
    (p) =>
      localStorage.setItem(
        'samenkaart.persona',
        JSON.stringify({ state: { persona: p }, version: 0 }),
      ),
    persona,
  );
}
await page.goto(url);
await page.waitForTimeout(+wait);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
