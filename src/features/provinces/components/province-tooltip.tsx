import { useMap } from '../../../map/map-context';
import { useProvinces } from '../../../data/queries/provinces';
import { useProvinceHover } from '../stores/province-hover';

/** The hovered or focused province's name, over the map. Rendered as text, never as HTML. */
export function ProvinceTooltip() {
  const map = useMap();
  const hovered = useProvinceHover((s) => s.hovered);
  const { data: provinces } = useProvinces();
  if (!map || !hovered || !provinces) return null;
  const feature = provinces.features.find((f) => f.id === hovered.code);
  if (!feature) return null;
  const anchor = map.project(feature.properties.label);
  const [x, y] = hovered.point ?? [anchor.x, anchor.y];
  return (
    <div
      className="map-tooltip"
      style={{ transform: `translate(${x + 12}px, ${y - 36}px)` }}
      aria-hidden="true"
    >
      {feature.properties.name}
    </div>
  );
}
