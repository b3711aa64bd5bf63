/**
 * The part of the map that nothing lies over. Overlays (the legend, a selection card) sit in a
 * corner or along an edge of the map; the camera keeps what it shows out from under them by
 * padding the edge each overlay hugs. An overlay in a corner could be cleared from either of two
 * edges; every choice is returned so the caller can keep the one that shows the most.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type Edge = keyof Padding;

/**
 * How far `overlay` reaches into `map` from each edge it lies against: within `near` pixels or a
 * tenth of the map's size (a card may float above the credits, a little off the edge).
 */
function edgeCosts(map: Box, overlay: Box, near: number): Partial<Record<Edge, number>> {
  const nearX = Math.max(near, (map.right - map.left) / 10);
  const nearY = Math.max(near, (map.bottom - map.top) / 10);
  const costs: Partial<Record<Edge, number>> = {};
  if (overlay.top - map.top <= nearY) costs.top = overlay.bottom - map.top;
  if (map.bottom - overlay.bottom <= nearY) costs.bottom = map.bottom - overlay.top;
  if (overlay.left - map.left <= nearX) costs.left = overlay.right - map.left;
  if (map.right - overlay.right <= nearX) costs.right = map.right - overlay.left;
  return costs;
}

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Paddings that keep `base` pixels from every edge and clear every overlay, one per way of
 * clearing them. Overlays away from every edge or outside the map are ignored.
 */
export function clearPaddings(map: Box, overlays: Box[], base: number, near = 24): Padding[] {
  let choices: Padding[] = [{ top: base, right: base, bottom: base, left: base }];
  for (const overlay of overlays) {
    if (!intersects(map, overlay)) continue;
    const costs = Object.entries(edgeCosts(map, overlay, near)) as [Edge, number][];
    if (!costs.length) continue;
    choices = choices.flatMap((padding) =>
      costs.map(([edge, cost]) => ({ ...padding, [edge]: Math.max(padding[edge], cost + base) })),
    );
  }
  return choices;
}

/** The padding that costs the least area of the map. */
export function smallestPadding(map: Box, choices: Padding[]): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const area = (p: Padding) =>
    Math.max(0, width - p.left - p.right) * Math.max(0, height - p.top - p.bottom);
  return choices.reduce((best, p) => (area(p) > area(best) ? p : best));
}
