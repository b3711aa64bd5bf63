declare module 'virtual:embedded-db' {
  /** Version of the embedded database's SQL; a different one means re-create. */
  export const version: string;
  /** Path (relative to the app's base) of the prebuilt data directory, or null in dev. */
  export const dataDirPath: string | null;
  /** Path of the start views' snapshot (a dehydrated query state), or null in dev. */
  export const snapshotPath: string | null;
}

declare module 'virtual:embedded-db-sql' {
  const files: { name: string; sql: string }[];
  export default files;
}
