import { createLazyRoute } from '@tanstack/react-router';
import { CoverageLayers } from '../../features/coverage/components/coverage-layers';
import { CoverageLegend } from '../../features/coverage/components/coverage-legend';
import { CoveragePanel } from '../../features/coverage/components/coverage-panel';
import { MapLegendSlot } from './map-legend-slot';
import { ProvinceOverview } from './province-overview';

/** "Dekking": the board, the provinces coloured by coverage, and the lists. */
function CoverageJourney() {
  return (
    <>
      <CoveragePanel />
      <ProvinceOverview />
      <CoverageLayers />
      <MapLegendSlot>
        <CoverageLegend />
      </MapLegendSlot>
    </>
  );
}

export const Route = createLazyRoute('/dekking')({ component: CoverageJourney });
