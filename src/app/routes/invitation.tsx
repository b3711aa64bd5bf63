import { createLazyRoute } from '@tanstack/react-router';
import { InvitationPanel } from '../../features/ambassador/components/invitation-panel';
import { SitePickerLayer } from '../../features/ambassador/components/site-picker-layer';
import { getGazetteer } from '../../features/find-cohort/geocoding/create-geocoder';

/** Names a point after the nearest municipality, for a site picked on the map. */
const nearestPlaceName = (lat: number, lng: number) =>
  getGazetteer().nearest(lat, lng)?.label ?? `${lat.toFixed(3)}, ${lng.toFixed(3)}`;

/** The page behind an invitation link, with the site picked on the map. */
function InvitationJourney() {
  return (
    <>
      <InvitationPanel />
      <SitePickerLayer nameOf={nearestPlaceName} />
    </>
  );
}

export const Route = createLazyRoute('/uitnodiging')({ component: InvitationJourney });
