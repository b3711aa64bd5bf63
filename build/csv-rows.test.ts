import { describe, expect, it } from 'vitest';
import { parseCsvRows } from './csv-rows';

describe('CSV rows at build time', () => {
  it('gives one object per line, numbers typed, quoted commas kept, blank lines skipped', () => {
    const rows = parseCsvRows(
      'code,name,lat,lng\nGM0518,\'s-Gravenhage,52.07759,4.31664\n\nGM0001,"Noord, Zuid",52,5\n',
    );
    expect(rows).toEqual([
      { code: 'GM0518', name: "'s-Gravenhage", lat: 52.07759, lng: 4.31664 },
      { code: 'GM0001', name: 'Noord, Zuid', lat: 52, lng: 5 },
    ]);
  });
});
