import { useEffect, useMemo } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import type { MapMouseEvent } from 'maplibre-gl';
import { useUrlState } from '../../../lib/url-state';
import { useMap } from '../../../map/map-context';
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

  useEffect(() => {
    if (!map || !active) return;
    const onClick = (e: MapMouseEvent) => {
      const { lat, lng } = e.lngLat;
      if (lat < 50.7 || lat > 53.6 || lng < 3.3 || lng > 7.3) return;
      pick({ lat: Number(lat.toFixed(5)), lng: Number(lng.toFixed(5)), place: nameOf(lat, lng) });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map, active, pick, nameOf]);
  return null;
}
