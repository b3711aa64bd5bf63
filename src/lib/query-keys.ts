/** Every TanStack Query key of the app, hierarchical, in one place. */
export const queryKeys = {
  geo: {
    all: ['geo'] as const,
    provinces: () => [...queryKeys.geo.all, 'provinces'] as const,
  },
  sites: {
    all: ['sites'] as const,
    staticFile: (url: string) => [...queryKeys.sites.all, 'static', url] as const,
  },
} as const;
