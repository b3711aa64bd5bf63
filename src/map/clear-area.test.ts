import { describe, expect, it } from 'vitest';
import { clearPaddings, smallestPadding, type Box } from './clear-area';

const map: Box = { left: 0, top: 0, right: 900, bottom: 700 };
const legendBottomLeft: Box = { left: 8, top: 520, right: 280, bottom: 692 };

describe('clearPaddings', () => {
  it('offers to clear a corner overlay from either edge it lies against', () => {
    expect(clearPaddings(map, [legendBottomLeft], 16)).toEqual([
      { top: 16, right: 16, bottom: 196, left: 16 },
      { top: 16, right: 16, bottom: 16, left: 296 },
    ]);
  });

  it('keeps only the base margin without overlays, or with one outside or in the middle', () => {
    const base = [{ top: 16, right: 16, bottom: 16, left: 16 }];
    expect(clearPaddings(map, [], 16)).toEqual(base);
    expect(clearPaddings(map, [{ left: 1000, top: 0, right: 1100, bottom: 50 }], 16)).toEqual(base);
    expect(clearPaddings(map, [{ left: 300, top: 300, right: 400, bottom: 400 }], 16)).toEqual(
      base,
    );
  });

  it('combines overlays: a full-width card at the bottom and a button at the top right', () => {
    const card: Box = { left: 0, top: 600, right: 900, bottom: 700 };
    const button: Box = { left: 790, top: 90, right: 890, bottom: 120 };
    const choices = clearPaddings(map, [card, button], 10);
    // The button is not against the top edge (90 px down), so only the right edge clears it.
    expect(choices.every((p) => p.right >= 120)).toBe(true);
    expect(smallestPadding(map, choices)).toEqual({ top: 10, right: 120, bottom: 110, left: 10 });
  });

  it('treats a card floating a little above the bottom edge as lying against it', () => {
    // A phone's map, 360×640, with a full-width card 42 px above the bottom (over the credits).
    const phone: Box = { left: 0, top: 100, right: 360, bottom: 740 };
    const card: Box = { left: 8, top: 540, right: 352, bottom: 698 };
    expect(smallestPadding(phone, clearPaddings(phone, [card], 24))).toEqual({
      top: 24,
      right: 24,
      bottom: 224,
      left: 24,
    });
  });
});

describe('smallestPadding', () => {
  it('gives up the thinner strip of the map', () => {
    const wide: Box = { left: 8, top: 640, right: 600, bottom: 692 };
    expect(smallestPadding(map, clearPaddings(map, [wide], 16))).toMatchObject({ bottom: 76 });
    const tall: Box = { left: 8, top: 100, right: 120, bottom: 692 };
    expect(smallestPadding(map, clearPaddings(map, [tall], 16))).toMatchObject({ left: 136 });
  });
});
