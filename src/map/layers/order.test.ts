import { describe, expect, it } from 'vitest';
import { coverageLabelLayers } from './coverage';
import { networkSiteLayers, partnershipLayers } from './network';
import { LAYER_ORDER, layerBefore } from './order';
import { partnershipReachLayers } from './partnership-reach';
import { pickedSiteLayers } from './picked-site';
import { placeLayers } from './places';
import { provinceLayers } from './provinces';
import { reachLayers } from './reach';
import { siteLayers } from './sites';

/** Adds layers the way useGeoJsonLayers does, in the given order, and returns the stack. */
function stack(additions: string[]): string[] {
  const onMap: string[] = [];
  for (const id of additions) {
    const before = layerBefore(id, (other) => onMap.includes(other));
    onMap.splice(before ? onMap.indexOf(before) : onMap.length, 0, id);
  }
  return onMap;
}

describe('layer order', () => {
  it('names every layer the app draws', () => {
    const all = [
      ...provinceLayers('none'),
      ...reachLayers,
      ...partnershipReachLayers,
      ...siteLayers,
      ...networkSiteLayers,
      ...partnershipLayers,
      ...pickedSiteLayers,
      ...placeLayers,
      ...coverageLabelLayers,
    ].map((l) => l.id);
    expect([...all].sort()).toEqual([...LAYER_ORDER].sort());
  });

  it('gives the same stack whichever feature adds its layers first', () => {
    const reachFirst = stack([
      'reach-zone-fill',
      'reach-origin',
      'province-fill',
      'partnership-points',
      'province-label',
    ]);
    expect(reachFirst).toEqual([
      'province-fill',
      'reach-zone-fill',
      'reach-origin',
      'province-label',
      'partnership-points',
    ]);
    const provincesFirst = stack([
      'province-fill',
      'province-label',
      'partnership-points',
      'reach-origin',
      'reach-zone-fill',
    ]);
    expect(provincesFirst).toEqual(reachFirst);
  });

  it('puts a layer outside the order on top', () => {
    expect(layerBefore('debug', () => true)).toBeUndefined();
  });
});
