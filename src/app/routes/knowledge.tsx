import { createLazyRoute } from '@tanstack/react-router';
import { InfoIndex } from '../../features/knowledge/components/info-index';
import { KnowledgeNetwork } from '../../features/knowledge/components/knowledge-network';

/** "Kennis": the information pack and the knowledge network. */
function KnowledgeJourney() {
  return (
    <>
      <InfoIndex />
      <KnowledgeNetwork />
    </>
  );
}

export const Route = createLazyRoute('/kennis')({ component: KnowledgeJourney });
