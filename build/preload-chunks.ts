import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/**
 * Chunks the page loads by `import()` but needs at once: they start downloading with the page,
 * beside the entry, instead of when the entry gets to them — each with the chunks it imports
 * (a preloaded module's own imports are only fetched once it has arrived) and its CSS. On a
 * first visit the map starts before React runs (src/main.tsx), so the map chunk is the first
 * thing the page waits for.
 */
export function preloadChunks(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'samenkaart:preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map<string, OutputChunk>();
        for (const output of Object.values(ctx.bundle ?? {}))
          if (output.type === 'chunk') chunks.set(output.fileName, output);
        const all = [...chunks.values()];
        const seen = new Set<string>();
        const files: string[] = [];
        const css = new Set<string>();
        const visit = (chunk: OutputChunk, onto: string[] | null) => {
          if (seen.has(chunk.fileName)) return;
          seen.add(chunk.fileName);
          if (onto) {
            onto.push(chunk.fileName);
            for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
          }
          for (const file of chunk.imports) {
            const imported = chunks.get(file);
            if (imported) visit(imported, onto);
          }
        };
        // The entry and what it imports are preloaded by Vite already.
        const entry = all.find((chunk) => chunk.isEntry);
        if (!entry) throw new Error('no entry chunk in the bundle');
        visit(entry, null);
        for (const module of modules) {
          // Found by the module it holds (a chunk of a code-splitting group has no facade).
          const chunk = all.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
          if (!chunk) throw new Error(`no chunk for ${module} in the bundle`);
          visit(chunk, files);
        }
        return [
          ...files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
