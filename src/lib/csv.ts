import Papa from 'papaparse';
import { downloadText } from './download';

/**
 * CSV for Excel in Dutch settings: ";" as separator and a byte-order mark so UTF-8 reads right
 * (Fryslân). Cells that start with =, +, -, @, a tab or a carriage return get a leading ' so a
 * spreadsheet shows them as text and never runs them as a formula (CSV injection): names come
 * from users.
 */
export function toCsv(rows: Record<string, unknown>[]): string {
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: true })}`;
}

/** Offers the CSV as a download. */
export const downloadCsv = (filename: string, csv: string) =>
  downloadText(filename, csv, 'text/csv;charset=utf-8');
