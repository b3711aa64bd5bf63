import { createLazyRoute } from '@tanstack/react-router';
import { QuestionThread } from '../../features/knowledge/components/question-thread';

/** One question of the knowledge network with its answers. */
function QuestionPage() {
  return <QuestionThread />;
}

export const Route = createLazyRoute('/kennis/vragen/$id')({ component: QuestionPage });
