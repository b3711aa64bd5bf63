import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './index.css';
import { App } from './app/app';
import { dataBackend } from './config/env';
import { loadSnapshot } from './data/embedded/snapshot';
import { startMapEarly } from './app/start-map-early';

async function start(root: HTMLElement) {
  // MapLibre's chunk downloads beside the snapshot; the map starts before the first render if it
  // comes in time, and the map view takes it in.
  const mapStart = import('./map/map-start');
  // The start views' data comes with the first frame.
  const snapshot = dataBackend === 'embedded' ? await loadSnapshot() : null;
  await startMapEarly(mapStart);
  performance.mark('samenkaart:render');
  createRoot(root).render(
    <StrictMode>
      <App snapshot={snapshot} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// Not a top-level await: the map chunk imports shared modules from this one, and would wait for
// its evaluation to end, that is for the snapshot and the map chunk itself.
void start(root);
