import { createLazyRoute } from '@tanstack/react-router';
import { DirectoryLayers } from '../../features/partnerships/components/directory-layers';
import { DirectoryPanel } from '../../features/partnerships/components/directory-panel';
import { ProvinceOverview } from './province-overview';

/** "Samenwerkingsverbanden": the directory of partnerships, filtered in the URL. */
function PartnershipsJourney() {
  return (
    <>
      <DirectoryPanel />
      <ProvinceOverview seekersOnly />
      <DirectoryLayers />
    </>
  );
}

export const Route = createLazyRoute('/verbanden')({ component: PartnershipsJourney });
