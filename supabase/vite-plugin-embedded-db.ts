import type { Plugin } from 'vite';
import { buildDataDir, embeddedSqlFiles, embeddedVersion } from './embedded-db.ts';

const VERSION_MODULE = 'virtual:embedded-db';
const SQL_MODULE = 'virtual:embedded-db-sql';

/**
 * Serves the embedded database to the app:
 * - `virtual:embedded-db`: its version and the URL of the prebuilt data directory;
 * - `virtual:embedded-db-sql`: the SQL itself, for when no prebuilt directory is at hand (dev);
 * - on `vite build` (with emitDataDir), the prebuilt gzipped data directory as an asset.
 */
export function embeddedDatabase(options: { emitDataDir: boolean }): Plugin {
  let isBuild = false;
  const dataDirFile = (version: string) => `pglite/samenkaart-${version}.tar.gz`;
  return {
    name: 'samenkaart-embedded-db',
    configResolved(config) {
      isBuild = config.command === 'build';
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
      const dataDirUrl = isBuild ? dataDirFile(version) : null;
      return `export const version = ${JSON.stringify(version)};\nexport const dataDirPath = ${JSON.stringify(dataDirUrl)};`;
    },
    async generateBundle() {
      if (!options.emitDataDir || !isBuild) return;
      const source = await buildDataDir();
      this.emitFile({ type: 'asset', fileName: dataDirFile(embeddedVersion()), source });
    },
  };
}
