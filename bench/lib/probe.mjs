/**
 * Installed in the page before it loads: resolves window.__benchReady with performance.now()
 * (ms since navigation start) at the first map `idle` where every one of `layers` has rendered
 * features; `drawn` counts those of the first. Works for any page that exposes its map as
 * window.__samenkaart = { map } on load.
 */
export const renderedProbe = (layers) => {
  window.__benchReady = new Promise((resolve) => {
    let handle;
    Object.defineProperty(window, '__samenkaart', {
      configurable: true,
      get: () => handle,
      set(value) {
        handle = value;
        const map = value.map;
        const check = () => {
          if (!layers.every((layer) => map.getLayer(layer))) return;
          const counts = layers.map(
            (layer) => map.queryRenderedFeatures({ layers: [layer] }).length,
          );
          const drawn = counts[0];
          if (counts.every((n) => n > 0)) {
            map.off('idle', check);
            resolve({ ms: performance.now(), drawn });
          }
        };
        map.on('idle', check);
      },
    });
  });
};
