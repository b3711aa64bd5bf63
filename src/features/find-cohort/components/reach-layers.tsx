import { useEffect, useMemo, useRef } from 'react';
import { bbox, circle } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { reachKm } from '../../../domain/reach';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { useUrlState } from '../../../lib/url-state';
import { useMap } from '../../../map/map-context';
import {
  NETWORK_POINT_LAYERS,
  NETWORK_SITE_SOURCE_ID,
  PARTNERSHIP_SOURCE_ID,
} from '../../../map/layers/network';
import { REACH_SOURCE_ID, reachLayers } from '../../../map/layers/reach';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { getGazetteer } from '../geocoding/create-geocoder';
import { useReach } from '../hooks/use-reach';
import { useFindStore } from '../stores/find-params';
import { useResultHover } from '../stores/result-hover';

/** "Zoek een groep" on the map: the reach zone, the start point, and everything else dimmed. */
export function ReachLayers() {
  const { t } = useTranslation();
  const map = useMap();
  const journey = useUrlState((s) => s.journey);
  const active = journey === 'find';
  const origin = useFindStore((s) => s.origin);
  const mode = useFindStore((s) => s.mode);
  const minutes = useFindStore((s) => s.minutes);
  const update = useFindStore((s) => s.update);
  const result = useReach();
  const hovered = useResultHover((s) => s.hovered);
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();

  const zone = useMemo<FeatureCollection>(() => {
    if (!active || !origin || !result) return { type: 'FeatureCollection', features: [] };
    const center = [origin.lng, origin.lat];
    return {
      type: 'FeatureCollection',
      features: [
        circle(center, result.radiusKm, { steps: 96, units: 'kilometers' }),
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: center } },
      ],
    };
  }, [active, origin, result]);
  useGeoJsonLayers(map, REACH_SOURCE_ID, zone, reachLayers);

  // A shared link opens on its reach zone (once; later moves are the user's).
  const placed = useRef(false);
  useEffect(() => {
    if (!map || !active || !origin || placed.current) return;
    placed.current = true;
    const radius = reachKm({ mode, maxMinutes: minutes });
    const area = circle([origin.lng, origin.lat], radius, { units: 'kilometers' });
    map.fitBounds(bbox(area) as [number, number, number, number], { padding: 40, animate: false });
  }, [map, active, origin, mode, minutes]);

  // Dim what is out of reach; undo when the search or the journey changes.
  useEffect(() => {
    if (!map || !active || !result || !partnerships || !sites) return;
    const inReach = new Set(result.items.map((i) => i.id));
    const states: { source: string; id: string }[] = [
      ...partnerships.map((p) => ({ source: PARTNERSHIP_SOURCE_ID, id: p.id })),
      ...sites.map((s) => ({ source: NETWORK_SITE_SOURCE_ID, id: s.id })),
    ].filter((target) => map.getSource(target.source));
    for (const target of states) map.setFeatureState(target, { dim: !inReach.has(target.id) });
    return () => {
      if (!map.style) return;
      for (const target of states)
        if (map.getSource(target.source)) map.setFeatureState(target, { dim: false });
    };
  }, [map, active, result, partnerships, sites]);

  useEffect(() => {
    if (!map || !hovered) return;
    const target = {
      source: hovered.kind === 'partnership' ? PARTNERSHIP_SOURCE_ID : NETWORK_SITE_SOURCE_ID,
      id: hovered.id,
    };
    if (!map.getSource(target.source)) return;
    map.setFeatureState(target, { hover: true });
    return () => {
      if (map.style && map.getSource(target.source)) map.setFeatureState(target, { hover: false });
    };
  }, [map, hovered]);

  // In this journey a click on the map (not on a point) sets where the students are.
  useEffect(() => {
    if (!map || !active) return;
    const onClick = (e: MapMouseEvent) => {
      const points = NETWORK_POINT_LAYERS.map((c) => c.layer).filter((id) => map.getLayer(id));
      if (points.length && map.queryRenderedFeatures(e.point, { layers: points }).length) return;
      const { lat, lng } = e.lngLat;
      if (lat < 50.7 || lat > 53.6 || lng < 3.3 || lng > 7.3) return;
      const near = getGazetteer().nearest(lat, lng);
      update({
        origin: {
          label: near ? t('find.pointNear', { place: near.label }) : t('find.pointOnMap'),
          lat: Number(lat.toFixed(5)),
          lng: Number(lng.toFixed(5)),
        },
      });
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map, active, update, t]);

  // Pointing at a point on the map highlights its card in the result list.
  const setHovered = useResultHover((s) => s.setHovered);
  useEffect(() => {
    if (!map || !active) return;
    const handlers = NETWORK_POINT_LAYERS.map(({ layer, kind }) => {
      const onMove = (e: MapLayerMouseEvent) => {
        const id = e.features?.[0]?.properties?.id;
        if (typeof id === 'string') setHovered({ kind, id });
      };
      const onLeave = () => setHovered(null);
      map.on('mousemove', layer, onMove);
      map.on('mouseleave', layer, onLeave);
      return { layer, onMove, onLeave };
    });
    return () => {
      for (const { layer, onMove, onLeave } of handlers) {
        map.off('mousemove', layer, onMove);
        map.off('mouseleave', layer, onLeave);
      }
    };
  }, [map, active, setHovered]);

  return null;
}
