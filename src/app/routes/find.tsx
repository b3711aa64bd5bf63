import { createLazyRoute } from '@tanstack/react-router';
import { FindPanel } from '../../features/find-cohort/components/find-panel';
import { ReachLayers } from '../../features/find-cohort/components/reach-layers';

/** "Zoek een groep": the search, its answer, and the reach zone on the map. */
function FindJourney() {
  return (
    <>
      <FindPanel />
      <ReachLayers />
    </>
  );
}

export const Route = createLazyRoute('/')({ component: FindJourney });
