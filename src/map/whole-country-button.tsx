import { NETHERLANDS_BBOX } from '../domain/provinces';
import { fitClear } from './camera';
import { useMap } from './map-context';

/**
 * Back to the whole country after panning or zooming away; the selection stays as it is. There
 * from the first paint (off until the map is), so the overlay box the camera keeps clear does
 * not grow, and the camera is not fitted again, while the map starts.
 */
export function WholeCountryButton({ label }: { label: string }) {
  const map = useMap();
  return (
    <button
      type="button"
      className="map-button"
      disabled={!map}
      onClick={() => map && fitClear(map, NETHERLANDS_BBOX)}
    >
      {label}
    </button>
  );
}
