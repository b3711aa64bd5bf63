import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './index.css';
import { App } from './app/app';
import { dataBackend } from './config/env';
import { loadSnapshot } from './data/embedded/snapshot';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The start views' data comes with the first frame (the map chunk is already downloading).
const snapshot = dataBackend === 'embedded' ? await loadSnapshot() : null;
performance.mark('samenkaart:render');
createRoot(root).render(
  <StrictMode>
    <App snapshot={snapshot} />
  </StrictMode>,
);
