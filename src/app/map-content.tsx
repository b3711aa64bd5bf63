import { ProvinceLayers } from '../features/provinces/components/province-layers';
import { ProvinceTooltip } from '../features/provinces/components/province-tooltip';
import { NetworkLayers } from '../features/network/components/network-layers';
import { SiteLayers } from '../features/sites/components/site-layers';
import MapView, { type MapViewProps } from '../map/map-view';
import { PlaceNames } from '../map/place-names';

/**
 * The map with what every journey draws on it. Loaded with MapLibre in the map chunk: these
 * layers cannot draw before the map is there, so the start bundle does not carry them.
 */
export default function MapContent(props: Omit<MapViewProps, 'children'>) {
  return (
    <MapView {...props}>
      <ProvinceLayers basemap={props.basemap} />
      <PlaceNames />
      <SiteLayers />
      <NetworkLayers />
      <ProvinceTooltip />
    </MapView>
  );
}
export { startEarlyMap } from '../map/early-map';
