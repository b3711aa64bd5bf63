// Loads a TypeScript module of the app in Node through Vite's SSR loader, so benchmarks measure
// the very code the app runs.
import { createServer } from 'vite';

export async function loadAppModule(path) {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await server.ssrLoadModule(path);
  } finally {
    await server.close();
  }
}
