import { createLazyRoute } from '@tanstack/react-router';
import { PartnershipLayers } from '../../features/partnerships/components/partnership-layers';
import { PartnershipPage } from '../../features/partnerships/components/partnership-page';

/** One partnership's page: public part, members' part, and its area on the map. */
function PartnershipJourney() {
  return (
    <>
      <PartnershipPage />
      <PartnershipLayers />
    </>
  );
}

export const Route = createLazyRoute('/verbanden/$id')({ component: PartnershipJourney });
