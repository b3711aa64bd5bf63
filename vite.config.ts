import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { embeddedDatabase } from './supabase/vite-plugin-embedded-db.ts';
import { cacheHeaders } from './build/cache-headers.ts';
import { csvRows } from './build/csv-rows.ts';
import { preloadChunks } from './build/preload-chunks.ts';
import { prerenderStartPage } from './build/prerender-start-page.ts';

export default defineConfig({
  plugins: [
    react(),
    csvRows(),
    embeddedDatabase({ emitDataDir: true }),
    cacheHeaders(),
    preloadChunks(['/src/app/map-content.tsx']),
    prerenderStartPage(),
  ],
  worker: { format: 'es', plugins: () => [embeddedDatabase({ emitDataDir: false })] },
  // The dependency scan does not look into the PGlite worker: pre-bundling PGlite on a cold cache
  // would find it only during the first dev load, and that load would abort to re-optimise.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // What the start page needs in one file (one request, one gzip dictionary) instead of a
        // dozen small chunks shared with the lazy journeys; the journeys keep their own chunks.
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  resolve: {
    // React has useSyncExternalStore itself: the selector variant without the shim for React 17.
    alias: {
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  preview: { port: 4173, strictPort: true },
});
