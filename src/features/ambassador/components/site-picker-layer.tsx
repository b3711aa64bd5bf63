import { useCallback, useMemo } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { useUrlState } from '../../../lib/url-state';
import { useMap } from '../../../map/map-context';
import { usePlaceOnMap, type PlacedPoint } from '../../../map/use-place-on-map';
import { PICKED_SITE_SOURCE_ID, pickedSiteLayers } from '../../../map/layers/picked-site';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { usePickedSite } from '../stores/picked-site';

/** On the invitation page a click on the map places the newcomer's site. */
export function SitePickerLayer({ nameOf }: { nameOf: (lat: number, lng: number) => string }) {
  const map = useMap();
  const active = useUrlState((s) => s.journey) === 'invitation';
  const site = usePickedSite((s) => s.site);
  const pick = usePickedSite((s) => s.pick);
  const data = useMemo<FeatureCollection<Point>>(
    () => ({
      type: 'FeatureCollection',
      features:
        active && site
          ? [
              {
                type: 'Feature',
                properties: {},
                geometry: { type: 'Point', coordinates: [site.lng, site.lat] },
              },
            ]
          : [],
    }),
    [active, site],
  );
  useGeoJsonLayers(map, PICKED_SITE_SOURCE_ID, data, pickedSiteLayers);

  const placeSite = useCallback(
    (point: PlacedPoint) => pick({ ...point, place: nameOf(point.lat, point.lng) }),
    [pick, nameOf],
  );
  usePlaceOnMap(active ? placeSite : null);
  return null;
}
