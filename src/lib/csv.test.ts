import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const cells = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;

describe('toCsv', () => {
  it('writes a formula-like name as text, so a spreadsheet never runs it', () => {
    const csv = toCsv([
      { Naam: '=HYPERLINK("http://x","y")' },
      { Naam: '@SUM(A1)' },
      { Naam: '+31 6 1234 5678' },
      { Naam: '-2+3' },
      { Naam: '\t=1' },
    ]);
    expect(cells(csv).slice(1)).toEqual([
      [`'=HYPERLINK("http://x","y")`],
      [`'@SUM(A1)`],
      [`'+31 6 1234 5678`],
      [`'-2+3`],
      [`'\t=1`],
    ]);
  });

  it('leaves ordinary text and numbers alone, with ; and a byte-order mark for Excel', () => {
    const csv = toCsv([{ Provincie: 'Fryslân', Deelnemers: -3, Opleidingen: 'groen; logistiek' }]);
    expect(csv.startsWith('\uFEFFProvincie;Deelnemers;Opleidingen\r\n')).toBe(true);
    expect(cells(csv)[1]).toEqual(['Fryslân', '-3', 'groen; logistiek']);
  });
});
