import type { StyleSpecification } from 'maplibre-gl';

export const MAP_COLORS = {
  water: '#cddfe9',
  land: '#f6f3ec',
  outline: '#5b6470',
  label: '#1f2933',
  labelHalo: '#ffffff',
  hover: '#fbe7b5',
  selected: '#f4c15d',
  selectedOutline: '#7a4b00',
} as const;

/** Web font bundled with the app; MapLibre draws labels locally with it (no glyph server). */
export const LABEL_FONT = ['Inter', 'sans-serif'];

const PDOK_BRT_GREY =
  'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';

/**
 * A self-contained style: no tile or glyph server. With `basemap: 'pdok'` the PDOK
 * BRT-Achtergrondkaart (grey) is added underneath, which needs internet.
 */
export function buildBaseStyle(options: { basemap: 'none' | 'pdok' }): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'Samenkaart',
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.water } },
    ],
  };
  if (options.basemap === 'pdok') {
    style.sources['pdok-brt'] = {
      type: 'raster',
      tiles: [PDOK_BRT_GREY],
      tileSize: 256,
      maxzoom: 19,
      attribution: 'Achtergrondkaart: <a href="https://www.pdok.nl">PDOK</a> (BRT, Kadaster)',
    };
    style.layers.push({ id: 'pdok-brt', type: 'raster', source: 'pdok-brt' });
  }
  return style;
}
