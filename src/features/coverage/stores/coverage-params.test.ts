import { describe, expect, it } from 'vitest';
import { parseCoverageParams, writeCoverageParams } from './coverage-params';

describe('coverage filters in the URL', () => {
  it('round-trip date, opleiding and statuses', () => {
    const params = {
      asOf: '2022-06-30',
      opleiding: 'logistiek' as const,
      statuses: ['empty' as const, 'seekers' as const],
    };
    expect(parseCoverageParams(writeCoverageParams(params, ''))).toEqual(params);
  });

  it('read "alle" and missing values as no filter, and ignore nonsense', () => {
    expect(parseCoverageParams('?opleiding=alle&datum=gisteren&status=actief,empty')).toEqual({
      asOf: null,
      opleiding: null,
      statuses: ['empty'],
    });
  });

  it('keep other parameters', () => {
    expect(
      writeCoverageParams({ asOf: null, opleiding: null, statuses: [] }, '?provincie=PV26'),
    ).toBe('?provincie=PV26&opleiding=alle');
  });
});
