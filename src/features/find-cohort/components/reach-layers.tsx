import { useCallback, useEffect, useMemo, useRef } from 'react';
import { bbox, circle, featureCollection, point } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { useTranslation } from 'react-i18next';
import type { BBox } from '../../../domain/provinces';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { useUrlState } from '../../../lib/url-state';
import type { MapInteraction } from '../../../map/interaction-router';
import { fitClear } from '../../../map/camera';
import { useMap } from '../../../map/map-context';
import { useMapInteraction } from '../../../map/use-map-interaction';
import { usePlaceOnMap, type PlacedPoint } from '../../../map/use-place-on-map';
import {
  NETWORK_POINT_LAYERS,
  NETWORK_SITE_SOURCE_ID,
  PARTNERSHIP_SOURCE_ID,
} from '../../../map/layers/network';
import { REACH_SOURCE_ID, reachLayers } from '../../../map/layers/reach';
import { useGeoJsonLayers } from '../../../map/use-geojson-layers';
import { useSourceReady } from '../../../map/use-source-ready';
import { getGazetteer } from '../geocoding/create-geocoder';
import { useMatch } from '../hooks/use-match';
import { useFindStore } from '../stores/find-params';
import { useResultHover } from '../stores/result-hover';

/** "Zoek een groep" on the map: the reach zone, the start point, and everything else dimmed. */
export function ReachLayers() {
  const { t } = useTranslation();
  const map = useMap();
  const journey = useUrlState((s) => s.journey);
  const active = journey === 'find';
  const update = useFindStore((s) => s.update);
  const match = useMatch();
  const hovered = useResultHover((s) => s.hovered);
  const { data: partnerships } = usePartnerships();
  const { data: sites } = useNetworkSites();
  const partnershipsOnMap = useSourceReady(map, PARTNERSHIP_SOURCE_ID);
  const sitesOnMap = useSourceReady(map, NETWORK_SITE_SOURCE_ID);

  const zone = useMemo<FeatureCollection>(() => {
    if (!active || !match) return { type: 'FeatureCollection', features: [] };
    const center = [match.request.lng, match.request.lat];
    return {
      type: 'FeatureCollection',
      features: [
        circle(center, match.radiusKm, { steps: 96, units: 'kilometers' }),
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: center } },
      ],
    };
  }, [active, match]);
  useGeoJsonLayers(map, REACH_SOURCE_ID, zone, reachLayers);

  // Each new search shows its reach zone and the options it lists (a shared link opens on it).
  const framed = useRef<string | null>(null);
  useEffect(() => {
    // Back in this journey after another: its search is framed again.
    if (!active) framed.current = null;
  }, [active]);
  useEffect(() => {
    if (!map || !active || !match) return;
    const { request, result } = match;
    const key = JSON.stringify([
      request.lat,
      request.lng,
      request.opleiding,
      request.students,
      request.mode,
      request.maxMinutes,
    ]);
    if (framed.current === key) return;
    const first = framed.current === null;
    framed.current = key;
    const points = result.options.map((o) =>
      o.kind === 'join'
        ? [o.partnership.lng, o.partnership.lat]
        : [o.meetingPoint.lng, o.meetingPoint.lat],
    );
    const area = featureCollection<Geometry>([
      circle([request.lng, request.lat], match.radiusKm, { units: 'kilometers' }),
      ...points.map((p) => point(p)),
    ]);
    fitClear(map, bbox(area) as BBox, { base: 40, maxZoom: 12, animate: !first });
  }, [map, active, match]);

  // Dim what the answer does not involve; undo when the search or the journey changes.
  useEffect(() => {
    if (!map || !active || !match || !partnerships || !sites) return;
    if (!partnershipsOnMap || !sitesOnMap) return;
    const involvedOrganisations = new Set(
      match.result.options.flatMap((o) =>
        o.kind === 'new' ? o.others.map((c) => c.organisationId) : [],
      ),
    );
    const inReach = new Set<string>([
      ...match.result.options.flatMap((o) =>
        o.kind === 'join'
          ? [o.partnership.id]
          : o.meetingPoint.siteId
            ? [o.meetingPoint.siteId]
            : [],
      ),
      ...sites.filter((s) => involvedOrganisations.has(s.organisation_id)).map((s) => s.id),
    ]);
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
  }, [map, active, match, partnerships, sites, partnershipsOnMap, sitesOnMap]);

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

  // In this journey a click on the map (not on a point) sets where the students are, and
  // pointing at a point highlights its card in the result list.
  const setHovered = useResultHover((s) => s.setHovered);
  const placeOrigin = useCallback(
    ({ lat, lng }: PlacedPoint) => {
      const near = getGazetteer().nearest(lat, lng);
      update({
        origin: {
          label: near ? t('find.pointNear', { place: near.label }) : t('find.pointOnMap'),
          lat,
          lng,
          place: near?.label,
        },
      });
    },
    [update, t],
  );
  usePlaceOnMap(active ? placeOrigin : null);
  const pointHover = useMemo<MapInteraction | null>(
    () =>
      active
        ? {
            layers: NETWORK_POINT_LAYERS.map((c) => c.layer),
            onHover: (hit) => {
              const kind = NETWORK_POINT_LAYERS.find((c) => c.layer === hit?.layer)?.kind;
              const id = hit?.properties.id;
              setHovered(kind && typeof id === 'string' ? { kind, id } : null);
            },
          }
        : null,
    [active, setHovered],
  );
  useMapInteraction(pointHover);

  return null;
}
