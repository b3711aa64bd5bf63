import { useCallback } from 'react';
import type { BBox } from '../../../domain/provinces';
import { NETHERLANDS_BBOX } from '../../../domain/provinces';
import { fitClear } from '../../../map/camera';
import { useMap } from '../../../map/map-context';

/** Camera moves triggered by the user (list click, map click, "whole country"), clear of the
 * legend. */
export function useProvinceCamera() {
  const map = useMap();
  const fitTo = useCallback(
    (bbox: BBox, options: { animate?: boolean } = {}) => {
      if (map) fitClear(map, bbox, { base: 32, maxZoom: 9.5, animate: options.animate });
    },
    [map],
  );
  const showCountry = useCallback(
    (options: { animate?: boolean } = {}) => fitTo(NETHERLANDS_BBOX, options),
    [fitTo],
  );
  return { fitTo, showCountry };
}
