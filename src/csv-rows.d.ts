/** A CSV file's rows, parsed at build time (build/csv-rows.ts). */
declare module '*.csv?rows' {
  const rows: Record<string, string | number | null>[];
  export default rows;
}
