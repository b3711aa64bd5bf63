import { createLazyRoute } from '@tanstack/react-router';
import { EventList } from '../../features/knowledge/components/event-list';
import { InfoIndex } from '../../features/knowledge/components/info-index';
import { KnowledgeNetwork } from '../../features/knowledge/components/knowledge-network';

/** "Kennis": the information pack, webinars and meetings, and the knowledge network. */
function KnowledgeJourney() {
  return (
    <>
      <InfoIndex />
      <EventList />
      <KnowledgeNetwork />
    </>
  );
}

export const Route = createLazyRoute('/kennis')({ component: KnowledgeJourney });
