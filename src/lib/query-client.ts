import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

const queryDefaults = {
  queries: {
    refetchOnWindowFocus: false,
    retry: 1,
    staleTime: 60_000,
  },
} satisfies DefaultOptions;

export const createQueryClient = () => new QueryClient({ defaultOptions: queryDefaults });
