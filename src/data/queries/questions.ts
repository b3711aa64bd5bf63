import { queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { useDataPort } from '../data-context';
import type { DataPort } from '../port';

/** The knowledge network's questions, newest first, of one province or all. */
export const getQuestionListQueryOptions = (
  port: DataPort | null,
  identity: string,
  province: string | null,
) =>
  queryOptions({
    queryKey: queryKeys.db.questions(identity, province),
    queryFn: () => port!.questionList(province ? { province_filter: province } : {}),
    enabled: port !== null,
  });

export function useQuestionList(province: string | null) {
  const { port, identity } = useDataPort();
  return useQuery(getQuestionListQueryOptions(port, identity, province));
}
