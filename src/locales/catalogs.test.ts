import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../domain/vocabulary';
import enJourneys from './en/journeys.json';
import enStart from './en/start.json';
import nlJourneys from './nl/journeys.json';
import nlStart from './nl/start.json';

const nl = { ...nlStart, ...nlJourneys };
const en = { ...enStart, ...enJourneys };

type Catalog = { [key: string]: string | Catalog };

function entries(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`),
  );
}

describe('message catalogs', () => {
  it('split the same sections into the page and the journeys in both languages', () => {
    expect(Object.keys(enStart).sort()).toEqual(Object.keys(nlStart).sort());
    expect(Object.keys(enJourneys).sort()).toEqual(Object.keys(nlJourneys).sort());
    const overlap = Object.keys(nlStart).filter((section) => section in nlJourneys);
    expect(overlap).toEqual([]);
  });

  it('have the same keys in Dutch and English', () => {
    const nlKeys = entries(nl)
      .map(([k]) => k)
      .sort();
    const enKeys = entries(en)
      .map(([k]) => k)
      .sort();
    expect(enKeys).toEqual(nlKeys);
  });

  it('have no empty messages', () => {
    for (const [key, value] of [...entries(nl), ...entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('say every kind of notification, naming what it is about', () => {
    const dutch = new Map(entries(nl));
    for (const kind of NOTIFICATION_KINDS) {
      expect(dutch.get(`notificationKind.${kind}`), kind).toContain('{{subject}}');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(entries(en));
    for (const [key, value] of entries(nl)) {
      expect(vars(enByKey.get(key) ?? ''), key).toEqual(vars(value));
    }
  });
});
