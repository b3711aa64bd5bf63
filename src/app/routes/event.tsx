import { createLazyRoute } from '@tanstack/react-router';
import { EventPage } from '../../features/knowledge/components/event-page';

/** One webinar or meeting: what, when, where, and registering for it. */
export const Route = createLazyRoute('/kennis/bijeenkomsten/$id')({ component: EventPage });
