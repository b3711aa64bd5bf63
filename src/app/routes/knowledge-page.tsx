import { createLazyRoute } from '@tanstack/react-router';
import { InfoPageView } from '../../features/knowledge/components/info-page-view';

/** One page of the information pack. */
function KnowledgePage() {
  return <InfoPageView />;
}

export const Route = createLazyRoute('/kennis/$slug')({ component: KnowledgePage });
