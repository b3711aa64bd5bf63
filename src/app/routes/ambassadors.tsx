import { createLazyRoute } from '@tanstack/react-router';
import { AmbassadorPanel } from '../../features/ambassador/components/ambassador-panel';
import { ProvinceOverview } from './province-overview';

/** "Ambassadeurs": the inbox, invitations, and who welcomes newcomers where. */
function AmbassadorsJourney() {
  return (
    <>
      <AmbassadorPanel />
      <ProvinceOverview />
    </>
  );
}

export const Route = createLazyRoute('/ambassadeurs')({ component: AmbassadorsJourney });
