import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import type { DataPort } from '../port';

/** The information pack's pages in reading order (in the start snapshot, like Kennis's lists). */
export const getInfoPageListQueryOptions = (port: DataPort | null, identity: string) =>
  queryOptions({
    queryKey: queryKeys.db.infoPages(identity),
    queryFn: () => port!.infoPageList(),
    enabled: port !== null,
  });
