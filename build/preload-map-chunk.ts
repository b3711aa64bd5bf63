import type { Plugin } from 'vite';

const MAP_CHUNK_MODULE = '/src/app/map-content.tsx';

/**
 * The map chunk (MapLibre and the layers) starts downloading with the page, beside the entry,
 * instead of when the entry has been evaluated: on a first visit the map starts before React
 * runs (src/main.tsx), so the chunk is the first thing the page waits for. Its CSS comes with
 * it, so the map that starts early is styled.
 */
export function preloadMapChunk(): Plugin {
  let base = '/';
  return {
    name: 'samenkaart:preload-map-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(MAP_CHUNK_MODULE),
        );
        if (!chunk || chunk.type !== 'chunk') throw new Error('no map chunk in the bundle');
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
          ...css.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
