// First: the map chunk's download starts before anything else is evaluated.
import { mapChunk } from './app/map-chunk';
import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './index.css';
import { App } from './app/app';
import { earlyMapPlan } from './app/early-map-plan';
import { mapFirstFrame, signalMapFirstFrame } from './app/map-ready';
import { router } from './app/router';
import { dataBackend } from './config/env';
import { startEmbeddedAfter } from './data/data-provider';
import { loadSnapshot } from './data/embedded/snapshot';
import { preloadProvinces } from './data/queries/provinces';
import { untilFirstUse, untilPointerOverControl } from './lib/first-use';
import { holdLinkClicks } from './lib/links-before-hydration';
import { watchTypedInput } from './lib/typed-before-hydration';

/** The longest the prerendered page waits for the map before the app takes it over anyway. */
const HYDRATE_BY_MS = 8000;

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
void preloadProvinces().catch(() => undefined);

// No top-level await: the map chunk imports from this entry and could not run until it ends.
async function start(container: HTMLElement) {
  // The start views' data comes with the first frame (the map chunk is already downloading).
  const snapshot = dataBackend === 'embedded' ? await loadSnapshot() : null;
  // The build rendered the start page for a first-time visitor (build/prerender-start-page.ts).
  // Then the map starts with the snapshot's data before React runs, and React takes the page
  // over once the map has drawn (or at once when someone uses the page): on a first visit, the
  // map's first frame does not wait for React's work.
  const prerendered = container.dataset.prerendered === 'start' && container.firstChild !== null;
  const typed = prerendered ? watchTypedInput(container) : null;
  // The page a held link opens loads its code meanwhile, beside the start page's own (`href`
  // decides where; `to` is there for the types).
  const links = prerendered
    ? holdLinkClicks(
        container,
        (href) => void router.preloadRoute({ to: '.', href }).catch(() => {}),
      )
    : null;
  const plan = prerendered ? await earlyMapPlan(snapshot) : null;
  if (!plan) {
    typed?.stop();
    links?.release();
    render(container, <App snapshot={snapshot} />);
    return;
  }
  const takeOver = Promise.race([
    untilFirstUse(container),
    untilPointerOverControl(container),
    new Promise<void>((resolve) => setTimeout(resolve, HYDRATE_BY_MS)),
  ]);
  const progress = await Promise.race([
    mapChunk.then((map) => map.startEarlyMap(plan)),
    takeOver.then(() => null),
  ]).catch(() => null);
  if (progress) {
    void progress.firstFrame.then(signalMapFirstFrame);
    // React waits for the live database's first answers as well: its hydration beside the
    // database's start held those up by about a second on two cores, and no one waits for it,
    // since any use of the page takes it over at once.
    const answered = startEmbeddedAfter(mapFirstFrame);
    await Promise.race([Promise.all([progress.complete, answered]), takeOver]);
  }
  await router.load();
  // Rendered ahead, the router's matches have no Suspense boundary around them; this tells the
  // client router so, as the router's own server rendering does when it hydrates.
  router.ssr = { manifest: undefined };
  // From here on React handles a click itself (hydrating first if it must).
  const clicked = links?.release() ?? null;
  const afterHydration = () => {
    typed?.replay();
    if (clicked) void router.navigate({ href: clicked });
  };
  performance.mark('samenkaart:render');
  hydrateRoot(
    container,
    <StrictMode>
      <App snapshot={snapshot} provinces={plan.provinces} />
      <AfterHydration run={afterHydration} />
    </StrictMode>,
    {
      onRecoverableError: (error) =>
        console.error('Samenkaart: the page did not hydrate as rendered', error),
    },
  );
}

/** Runs `run` in hydration's commit, before any later render or event. */
function AfterHydration({ run }: { run: () => void }) {
  useLayoutEffect(run, [run]);
  return null;
}

function render(container: HTMLElement, app: ReactNode) {
  performance.mark('samenkaart:render');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}

void start(root);
