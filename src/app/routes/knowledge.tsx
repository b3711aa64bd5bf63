import { createLazyRoute } from '@tanstack/react-router';
import { InfoIndex } from '../../features/knowledge/components/info-index';

/** "Kennis": the information pack. */
function KnowledgeJourney() {
  return <InfoIndex />;
}

export const Route = createLazyRoute('/kennis')({ component: KnowledgeJourney });
