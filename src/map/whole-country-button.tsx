import { NETHERLANDS_BBOX } from '../domain/provinces';
import { useMap } from './map-context';

/** Back to the whole country after panning or zooming away; the selection stays as it is. */
export function WholeCountryButton({ label }: { label: string }) {
  const map = useMap();
  if (!map) return null;
  return (
    <button
      type="button"
      className="map-button whole-country"
      onClick={() => {
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        map.fitBounds(NETHERLANDS_BBOX, { padding: 16, animate: !reduce });
      }}
    >
      {label}
    </button>
  );
}
