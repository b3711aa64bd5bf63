import AxeBuilder from '@axe-core/playwright';
import type { Point } from 'geojson';
import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/** Drives Samenkaart as a user would; reads the map through its test handle only to verify it. */
export class AppDriver {
  /** Console errors a test provokes on purpose; any other console error fails the test. */
  readonly expectedConsoleErrors: RegExp[] = [];

  constructor(readonly page: Page) {}

  expectConsoleError(pattern: RegExp) {
    this.expectedConsoleErrors.push(pattern);
  }

  /** Waits until the database answered and partnerships are drawn on the map. */
  async waitForData() {
    await this.page.waitForFunction(
      () => {
        const map = window.__samenkaart?.map;
        const source = map?.getSource('partnerships');
        return !!source && map!.querySourceFeatures('partnerships').length > 0;
      },
      null,
      { timeout: 30_000 },
    );
    await this.waitForMapIdle();
  }

  /** Partnership ids drawn in the current view. */
  async renderedPartnershipIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__samenkaart!.map;
      const ids = map
        .queryRenderedFeatures({ layers: ['partnership-points'] })
        .map((f) => String(f.properties.id));
      return [...new Set(ids)];
    });
  }

  async provinceCoverage(code: string) {
    return this.page.evaluate(
      (id) => window.__samenkaart!.map.getFeatureState({ source: 'provinces', id }).coverage,
      code,
    );
  }

  /**
   * Holds the embedded database's wasm back until the returned function is called, as a slow
   * connection would; the page meanwhile runs on what it has (snapshot, kept cache).
   */
  async holdDatabase(): Promise<() => void> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await this.page.route('**/assets/pglite-*.wasm', async (route) => {
      await released;
      await route.fallback();
    });
    return release;
  }

  /** Whether the live database has answered (the page marks it). */
  async databaseReady(): Promise<boolean> {
    return this.page.evaluate(() => performance.getEntriesByName('samenkaart:db-ready').length > 0);
  }

  /**
   * Waits until the cache kept in IndexedDB for the next visit holds this identity's (persona
   * id) query, with `text` in its data: what is on screen now would be there after a reload.
   */
  async waitForKeptCache(identity: string, query: string, text = '') {
    await expect
      .poll(
        () =>
          this.page.evaluate(
            ([who, name, wanted]) =>
              new Promise<boolean>((resolve) => {
                const open = indexedDB.open('keyval-store');
                open.onerror = () => resolve(false);
                open.onsuccess = () => {
                  const db = open.result;
                  if (!db.objectStoreNames.contains('keyval')) return resolve(false);
                  const read = db
                    .transaction('keyval')
                    .objectStore('keyval')
                    .get('samenkaart-query-cache');
                  read.onerror = () => resolve(false);
                  read.onsuccess = () => {
                    const kept = typeof read.result === 'string' ? JSON.parse(read.result) : null;
                    const queries: { queryKey: unknown[]; state: { data: unknown } }[] =
                      kept?.clientState?.queries ?? [];
                    resolve(
                      queries.some(
                        (q) =>
                          q.queryKey[1] === who &&
                          q.queryKey[2] === name &&
                          JSON.stringify(q.state.data).includes(wanted),
                      ),
                    );
                  };
                };
              }),
            [identity, query, text] as const,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
  }

  /** Goes to a journey through the main navigation. */
  async navigate(journey: string) {
    await this.page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: journey })
      .click();
  }

  /** Opens who-you-are and language: the account button on wide screens, the menu on narrow. */
  async openAccountSettings() {
    const settings = this.page.getByRole('combobox', { name: 'Bekijk als' });
    if (await settings.isVisible()) return;
    const account = this.page.getByRole('banner').getByRole('button', { name: /^Bekijk als/ });
    if (await account.isVisible()) await account.click();
    else await this.page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    await expect(settings).toBeVisible();
  }

  async viewAs(persona: string) {
    await this.openAccountSettings();
    await this.page.getByRole('combobox', { name: 'Bekijk als' }).selectOption({ label: persona });
    // Closed again, as a person would after choosing.
    await this.page.keyboard.press('Escape');
  }

  selectionPanel(): Locator {
    return this.page
      .getByRole('region', { name: /.+/ })
      .filter({ has: this.page.getByText('Samenwerkingsverband', { exact: true }) });
  }

  // given
  async open(path = '/') {
    await this.page.goto(path);
    await this.waitForMapIdle();
  }

  // when
  async clickProvinceOnMap(code: string) {
    const point = await this.page.evaluate((wanted) => {
      const map = window.__samenkaart!.map;
      const feature = map
        .querySourceFeatures('provinces')
        .find((f) => f.geometry.type === 'Point' && f.properties?.code === wanted);
      if (!feature || feature.geometry.type !== 'Point') throw new Error(`no label for ${wanted}`);
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const p = map.project([lng, lat]);
      return { x: p.x, y: p.y };
    }, code);
    // Just below the label, so the click lands on the province area itself.
    await this.mapCanvas().click({ position: { x: point.x, y: point.y + 14 } });
    await this.waitForMapIdle();
  }

  // get
  mapRegion(): Locator {
    return this.page.getByRole('region', { name: 'Kaart van Nederland met de 12 provincies' });
  }

  mapCanvas(): Locator {
    return this.mapRegion().locator('canvas');
  }

  provinceButton(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Provincies' })
      .getByRole('button', { name, exact: true });
  }

  selectedProvincePanel(): Locator {
    return this.page.getByRole('region', { name: 'Gekozen provincie' });
  }

  /** Polls for a settled map (style and tiles loaded, no camera move) instead of waiting for an
   * `idle` event that may already have fired. */
  async waitForMapIdle() {
    // Attached, not visible: a narrow screen's list view keeps the map drawn but hidden.
    await this.page
      .getByRole('region', {
        name: 'Kaart van Nederland met de 12 provincies',
        includeHidden: true,
      })
      .and(this.page.locator('[aria-busy="false"]'))
      .waitFor({ state: 'attached' });
    await this.page.waitForFunction(() => {
      const map = window.__samenkaart?.map;
      return (
        !!map &&
        !!map.getSource('provinces') &&
        map.loaded() &&
        map.areTilesLoaded() &&
        !map.isMoving()
      );
    });
    // One more frame so that what was just loaded is also drawn.
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /** Province codes whose fill is drawn in the current view. */
  async renderedProvinceCodes(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__samenkaart!.map;
      const codes = map
        .queryRenderedFeatures({ layers: ['province-fill'] })
        .map((f) => String(f.properties.code));
      return [...new Set(codes)].sort();
    });
  }

  /** Province names drawn as map labels in the current view. */
  async renderedLabels(): Promise<string[]> {
    return this.page.evaluate(() => {
      const map = window.__samenkaart!.map;
      const names = map
        .queryRenderedFeatures({ layers: ['province-label'] })
        .map((f) => String(f.properties.name));
      return [...new Set(names)].sort();
    });
  }

  async featureState(code: string) {
    return this.page.evaluate(
      (id) => window.__samenkaart!.map.getFeatureState({ source: 'provinces', id }),
      code,
    );
  }

  async zoom(): Promise<number> {
    return this.page.evaluate(() => window.__samenkaart!.map.getZoom());
  }

  /** Distinct colours in a screenshot of the map: a blank or single-colour map has very few. */
  async mapColourCount(): Promise<number> {
    const png = PNG.sync.read(await this.mapCanvas().screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) {
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    }
    return colours.size;
  }

  /**
   * Share of the map screenshot painted in a province fill colour: the land colour, or one of
   * the coverage tints once the database has answered.
   */
  async landPixelShare(): Promise<number> {
    const fills = [
      [0xf6, 0xf3, 0xec],
      [0xcd, 0xea, 0xdf],
      [0xf7, 0xe3, 0xbd],
      [0xf1, 0xd9, 0xe7],
    ];
    const png = PNG.sync.read(await this.mapCanvas().screenshot());
    let land = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (
        fills.some(
          ([fr, fg, fb]) =>
            Math.abs(r - fr!) <= 3 && Math.abs(g - fg!) <= 3 && Math.abs(b - fb!) <= 3,
        )
      ) {
        land++;
      }
    }
    return land / (png.width * png.height);
  }

  async screenshot(name: string) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  /**
   * Keyboard only: presses Tab (or Shift+Tab) until `target` has focus; fails when it is not
   * reached within `max` presses. Returns how many presses it took.
   */
  async tabTo(target: Locator, { max = 60, backwards = false } = {}) {
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((el) => el === document.activeElement)) return presses;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} not reached with ${max} presses of Tab`);
  }

  /**
   * A partnership drawn where a person could click or tap it (not under the legend, a card or a
   * button), optionally of one status: its position on the map canvas, id and name.
   */
  async clickablePartnershipPoint(status?: string) {
    const point = await this.page.evaluate((wanted) => {
      const map = window.__samenkaart!.map;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      return map
        .queryRenderedFeatures({ layers: ['partnership-points'] })
        .filter((f) => !wanted || f.properties.status === wanted)
        .map((f) => {
          const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
          const p = map.project([lng, lat]);
          return { x: p.x, y: p.y, id: String(f.properties.id), name: String(f.properties.name) };
        })
        .find((p) => document.elementFromPoint(box.left + p.x, box.top + p.y) === canvas);
    }, status);
    if (!point) throw new Error(`no clickable ${status ?? ''} partnership on the map`);
    return point;
  }

  /** Where a partnership or site is drawn, in page pixels (null when not on the map). */
  async pointOnPage(source: 'partnerships' | 'network-sites', id: string) {
    return this.page.evaluate(
      async ([from, wanted]) => {
        const map = window.__samenkaart!.map;
        const data = await (
          map.getSource(from) as unknown as {
            getData: () => Promise<{
              features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
            }>;
          }
        ).getData();
        const feature = data.features.find((f) => f.properties.id === wanted);
        if (!feature) return null;
        const at = map.project(feature.geometry.coordinates as [number, number]);
        const box = map.getContainer().getBoundingClientRect();
        return { x: box.left + at.x, y: box.top + at.y };
      },
      [source, id] as const,
    );
  }

  // then
  /**
   * A person can see and use it: inside the viewport and not under anything else (the element
   * at its centre is the element itself or inside it).
   */
  async expectUsable(target: Locator) {
    await expect(target).toBeInViewport();
    // Polled: a smooth scroll may still be bringing it in.
    await expect
      .poll(
        () =>
          target.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit && (hit === el || el.contains(hit))
              ? null
              : (hit?.outerHTML.slice(0, 160) ?? '');
          }),
        { message: `${String(target)} is covered` },
      )
      .toBeNull();
  }

  /** Province codes drawn under any part of `target` (a control over the map), on a 6 px grid. */
  async provincesUnder(target: Locator): Promise<string[]> {
    const box = (await target.boundingBox())!;
    const canvas = (await this.mapCanvas().boundingBox())!;
    return this.page.evaluate(
      ({ box, canvas }) => {
        const map = window.__samenkaart!.map;
        const codes = new Set<string>();
        for (let x = box.x; x <= box.x + box.width; x += 6)
          for (let y = box.y; y <= box.y + box.height; y += 6)
            for (const f of map.queryRenderedFeatures([x - canvas.x, y - canvas.y], {
              layers: ['province-fill'],
            }))
              codes.add(String(f.properties.code));
        return [...codes].sort();
      },
      { box, canvas },
    );
  }

  /** The map itself is what lies at this page point: not the legend, a card or a control. */
  async expectMapVisibleAt(point: { x: number; y: number }) {
    const viewport = this.page.viewportSize()!;
    expect(point.x).toBeGreaterThan(0);
    expect(point.y).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(viewport.width);
    expect(point.y).toBeLessThan(viewport.height);
    const hit = await this.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? null,
      point,
    );
    expect(hit, 'what lies over the point').toBe('CANVAS');
  }

  async seriousAccessibilityViolations() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
}
