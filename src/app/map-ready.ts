/**
 * Resolves when the map has drawn its first frame, or after a safety delay if it cannot (no
 * WebGL). The embedded database starts then: its worker would otherwise compete with MapLibre
 * for the CPU while the map starts (bench/map-load, bench/embedded).
 */
let resolveReady: () => void = () => undefined;
export const mapFirstFrame = new Promise<void>((resolve) => {
  resolveReady = resolve;
  setTimeout(resolve, 2500);
});

export const signalMapFirstFrame = () => {
  performance.mark('samenkaart:map-first-frame');
  resolveReady();
};
