import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseFindParams, writeFindParams } from './find-params';

describe('find parameters in the URL', () => {
  it('round-trip a full search', () => {
    const params = {
      origin: { label: 'Utrecht', lat: 52.09084, lng: 5.1214 },
      opleiding: 'facilitair' as const,
      students: 3,
      mode: 'fiets' as const,
      minutes: 45,
    };
    expect(parseFindParams(writeFindParams(params, ''))).toEqual(params);
  });

  it("keep other features' parameters", () => {
    expect(writeFindParams(DEFAULTS, '?provincie=PV26&deelnemers=9')).toBe(
      '?provincie=PV26&opleiding=groen&deelnemers=3&vervoer=ov&minuten=30',
    );
  });

  it('fall back to defaults for values out of range or unknown', () => {
    expect(
      parseFindParams('?deelnemers=0&minuten=200&vervoer=raket&opleiding=koken&lat=40&lng=5'),
    ).toEqual(DEFAULTS);
    expect(parseFindParams('?deelnemers=2.5').students).toBe(3);
  });
});
