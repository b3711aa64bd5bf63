import { NETHERLANDS_BBOX } from '../domain/provinces';
import { fitClear } from './camera';
import { useMap } from './map-context';

/** Back to the whole country after panning or zooming away; the selection stays as it is. */
export function WholeCountryButton({ label }: { label: string }) {
  const map = useMap();
  if (!map) return null;
  return (
    <button type="button" className="map-button" onClick={() => fitClear(map, NETHERLANDS_BBOX)}>
      {label}
    </button>
  );
}
