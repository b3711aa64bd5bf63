import { expect, test } from '../support/fixtures';

test.describe('op een smal scherm (360 px)', () => {
  test('past alles zonder horizontaal scrollen en blijft de kaart zichtbaar', async ({
    app,
    page,
  }) => {
    await app.open('/dekking');
    await app.waitForData();
    await expect(page.getByRole('table', { name: /Dekking per provincie/ })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await app.mapRegion().boundingBox();
    expect(box?.height).toBeGreaterThan(250);
    expect((await app.renderedProvinceCodes()).length).toBe(12);

    await app.provinceButton('Overijssel').tap();
    await expect(app.selectedProvincePanel()).toContainText('Overijssel');
    await app.waitForMapIdle();
    await app.screenshot('mobiel-360');
    expect(await app.seriousAccessibilityViolations()).toEqual([]);
  });
});
