/**
 * Resolves when the map has drawn its first frame with the provinces (or could not start), or
 * after a safety delay if the map chunk itself never arrives. The embedded database starts then: its worker would otherwise compete with MapLibre
 * for the CPU while the map starts (bench/map-load, bench/embedded).
 */
let resolveReady: () => void = () => undefined;
export const mapFirstFrame = new Promise<void>((resolve) => {
  resolveReady = resolve;
  setTimeout(resolve, 8000);
});

export const signalMapFirstFrame = () => {
  performance.mark('samenkaart:map-first-frame');
  resolveReady();
};
