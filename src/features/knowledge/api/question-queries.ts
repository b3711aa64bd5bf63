import { useQuery } from '@tanstack/react-query';
import { useDataPort } from '../../../data/data-context';
import { portWrite } from '../../../data/queries/mutation';
export { useQuestionList } from '../../../data/queries/questions';
import { queryKeys } from '../../../lib/query-keys';

/** A question with its answers; null when it does not exist or is hidden from the caller. */
export function useQuestionThread(id: string, enabled: boolean) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.question(identity, id),
    queryFn: () => port!.questionThread(id),
    enabled: port !== null && enabled,
  });
}

/** Dutch full-text search over questions and answers (none for an empty query). */
export function useKnowledgeSearch(query: string) {
  const { port, identity } = useDataPort();
  return useQuery({
    queryKey: queryKeys.db.knowledgeSearch(identity, query),
    queryFn: () => port!.searchKnowledge(query),
    enabled: port !== null && query.trim().length > 1,
    placeholderData: (previous) => previous,
  });
}

export const useAskQuestion = portWrite('askQuestion');
export const useAnswerQuestion = portWrite('answerQuestion');
export const useMarkSolved = portWrite('markSolved');
export const useVoteAnswer = portWrite('voteAnswer');
export const useReportPost = portWrite('reportPost');
export const useModeratePost = portWrite('moderatePost');
