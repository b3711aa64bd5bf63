import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Plugin } from 'vite';

const SUFFIX = '?rows';

/** A CSV file with a header row as objects, numbers typed, blank lines skipped. */
export function parseCsvRows(text: string): Record<string, string | number | null>[] {
  return Papa.parse<Record<string, string | number | null>>(text, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  }).data;
}

/**
 * `import rows from './file.csv?rows'`: the CSV parsed at build time, so the page gets its rows as
 * data and never loads a CSV parser for a file that does not change.
 */
export function csvRows(): Plugin {
  return {
    name: 'samenkaart-csv-rows',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(`.csv${SUFFIX}`)) return null;
      const path = id.slice(0, -SUFFIX.length);
      this.addWatchFile(path);
      const rows = parseCsvRows(await readFile(path, 'utf8'));
      // A JSON string parsed at run time is faster to load than the same object as a literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(rows))});`;
    },
  };
}
