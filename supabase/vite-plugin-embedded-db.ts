import type { Plugin } from 'vite';
import { buildDataDir, embeddedSqlFiles, embeddedVersion } from './embedded-db.ts';
import { buildSnapshot, type EmbeddedSnapshot } from './embedded-snapshot.ts';

const VERSION_MODULE = 'virtual:embedded-db';
const SQL_MODULE = 'virtual:embedded-db-sql';

/**
 * Serves the embedded database to the app:
 * - `virtual:embedded-db`: its version, and the paths of the prebuilt data directory and of the
 *   start views' snapshot (build only);
 * - `virtual:embedded-db-sql`: the SQL itself, for when no prebuilt directory is at hand (dev);
 * - on `vite build` (with emitDataDir), both files as assets, and a preload of the snapshot in
 *   index.html so it downloads with the page's JavaScript.
 */
export function embeddedDatabase(options: { emitDataDir: boolean }): Plugin {
  let isBuild = false;
  let base = '/';
  /** A build against Supabase never starts the embedded database: nothing to emit or preload. */
  let emit = options.emitDataDir;
  const dataDirFile = (version: string) => `pglite/samenkaart-${version}.tar.gz`;
  const snapshotFile = (version: string) => `pglite/snapshot-${version}.json`;
  return {
    name: 'samenkaart-embedded-db',
    configResolved(config) {
      isBuild = config.command === 'build';
      base = config.base;
      const supabase = !!(config.env.VITE_SUPABASE_URL && config.env.VITE_SUPABASE_ANON_KEY);
      emit = options.emitDataDir && isBuild && !supabase;
    },
    resolveId(id) {
      return id === VERSION_MODULE || id === SQL_MODULE ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${VERSION_MODULE}` && id !== `\0${SQL_MODULE}`) return null;
      const files = embeddedSqlFiles();
      const version = embeddedVersion(files);
      if (id === `\0${SQL_MODULE}`) {
        return `export default ${JSON.stringify(files.map((f) => ({ name: f.name, sql: f.sql })))};`;
      }
      return [
        `export const version = ${JSON.stringify(version)};`,
        `export const dataDirPath = ${JSON.stringify(isBuild ? dataDirFile(version) : null)};`,
        `export const snapshotPath = ${JSON.stringify(emit ? snapshotFile(version) : null)};`,
      ].join('\n');
    },
    transformIndexHtml() {
      if (!emit) return [];
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: 'anonymous',
            href: `${base}${snapshotFile(embeddedVersion())}`,
          },
          injectTo: 'head',
        },
      ];
    },
    async generateBundle() {
      if (!emit) return;
      const version = embeddedVersion();
      let snapshot: EmbeddedSnapshot | null = null;
      const source = await buildDataDir(async (db) => {
        snapshot = await buildSnapshot(db, version);
      });
      this.emitFile({ type: 'asset', fileName: dataDirFile(version), source });
      this.emitFile({
        type: 'asset',
        fileName: snapshotFile(version),
        source: JSON.stringify(snapshot),
      });
    },
  };
}
