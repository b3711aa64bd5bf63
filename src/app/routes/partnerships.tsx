import { createLazyRoute } from '@tanstack/react-router';
import { ProvinceOverview } from './province-overview';

/** "Samenwerkingsverbanden": partnerships and seekers per province. */
function PartnershipsJourney() {
  return <ProvinceOverview />;
}

export const Route = createLazyRoute('/samenwerkingsverbanden')({ component: PartnershipsJourney });
