/**
 * Installed in the page before it loads: resolves window.__benchReady with performance.now()
 * (ms since navigation start) at the first rendered frame in which every one of `layers` has
 * features drawn; `drawn` counts those of the first, and `at` gives, per layer, the first frame
 * it had features. Only frames of a canvas on screen count. Works for any page that exposes its
 * map as window.__samenkaart = { map } on load. (A frame, not the map's `idle`: what the user sees
 * is drawn before every tile of every other source has settled.)
 */
export const renderedProbe = (layers) => {
  window.__benchReady = new Promise((resolve) => {
    let handle;
    const at = {};
    Object.defineProperty(window, '__samenkaart', {
      configurable: true,
      get: () => handle,
      set(value) {
        handle = value;
        const map = value.map;
        let drawn = 0;
        // Only frames the person can see count: a map drawing out of sight is not on screen yet.
        const onScreen = () => {
          const canvas = map.getCanvas();
          const box = canvas.getBoundingClientRect();
          return (
            box.width > 0 &&
            box.height > 0 &&
            canvas.checkVisibility({ visibilityProperty: true, opacityProperty: true })
          );
        };
        // Once on screen the canvas stays there; asking again would force a layout every frame.
        let seen = false;
        const check = () => {
          seen ||= onScreen();
          if (!seen) return;
          const now = performance.now();
          for (const layer of layers) {
            if (at[layer] !== undefined || !map.getLayer(layer)) continue;
            const n = map.queryRenderedFeatures({ layers: [layer] }).length;
            if (n > 0) {
              at[layer] = now;
              if (layer === layers[0]) drawn = n;
            }
          }
          if (layers.every((layer) => at[layer] !== undefined)) {
            map.off('render', check);
            map.off('idle', check);
            resolve({ ms: Math.max(...layers.map((l) => at[l])), drawn, at });
          }
        };
        map.on('render', check);
        map.on('idle', check);
      },
    });
  });
};
