import { useProvinces } from '../../data/queries/provinces';
import { ProvinceDetails } from '../../features/provinces/components/province-details';
import { NetworkList } from '../../features/network/components/network-list';
import { useUrlState } from '../../lib/url-state';

/**
 * The chosen province and its partnerships and seekers as lists (the map's keyboard twin); only
 * the seekers where the page lists the partnerships itself.
 */
export function ProvinceOverview({ seekersOnly = false }: { seekersOnly?: boolean }) {
  const province = useUrlState((s) => s.province);
  const { data: provinces } = useProvinces();
  const name = provinces?.features.find((f) => f.id === province)?.properties.name ?? null;
  return (
    <>
      <ProvinceDetails />
      <NetworkList provinceName={name} seekersOnly={seekersOnly} />
    </>
  );
}
