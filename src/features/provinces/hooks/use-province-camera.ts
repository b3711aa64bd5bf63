import { useCallback } from 'react';
import type { BBox } from '../../../domain/provinces';
import { NETHERLANDS_BBOX } from '../../../domain/provinces';
import { useMap } from '../../../map/map-context';

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Camera moves triggered by the user (list click, map click, "whole country"). */
export function useProvinceCamera() {
  const map = useMap();
  const fitTo = useCallback(
    (bbox: BBox, options: { animate?: boolean } = {}) => {
      const animate = (options.animate ?? true) && !prefersReducedMotion();
      map?.fitBounds(bbox, { padding: 48, maxZoom: 9.5, animate });
    },
    [map],
  );
  const showCountry = useCallback(
    (options: { animate?: boolean } = {}) => fitTo(NETHERLANDS_BBOX, options),
    [fitTo],
  );
  return { fitTo, showCountry };
}
