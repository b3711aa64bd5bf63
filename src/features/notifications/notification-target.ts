import type { NotificationKind } from '../../domain/vocabulary';
import { JOURNEY_PATHS } from '../../lib/url-state';

export type NotificationTarget =
  | { to: (typeof JOURNEY_PATHS)[keyof typeof JOURNEY_PATHS]; search: { verband?: string } }
  | { to: '/verbanden/$id'; params: { id: string }; search: Record<string, never> }
  | { to: '/kennis/vragen/$id'; params: { id: string }; search: Record<string, never> }
  | { to: '/kennis/bijeenkomsten/$id'; params: { id: string }; search: Record<string, never> };

/**
 * Where a notification leads: to where it is answered (the inbox for a newcomer or a request,
 * "Mijn aanmeldingen" on the start page for an invitation or a coordination offer), otherwise
 * to the page of the partnership it is about; a new answer to the question; news of an event to
 * the event.
 */
export function notificationTarget(n: {
  kind: NotificationKind;
  partnership_id: string | null;
  question_id?: string | null;
  event_id?: string | null;
}): NotificationTarget {
  const verband = n.partnership_id ?? undefined;
  switch (n.kind) {
    case 'new_answer':
      return n.question_id
        ? { to: '/kennis/vragen/$id', params: { id: n.question_id }, search: {} }
        : { to: JOURNEY_PATHS.knowledge, search: {} };
    case 'event_changed':
    case 'event_place_offered':
    case 'event_cancelled':
    case 'event_reinstated':
      return n.event_id
        ? { to: '/kennis/bijeenkomsten/$id', params: { id: n.event_id }, search: {} }
        : { to: JOURNEY_PATHS.knowledge, search: {} };
    case 'new_seeker':
    case 'join_request':
      return { to: JOURNEY_PATHS.ambassadors, search: {} };
    case 'membership_invited':
    case 'coordination_offered':
      return { to: JOURNEY_PATHS.find, search: { verband } };
    default:
      return verband
        ? { to: '/verbanden/$id', params: { id: verband }, search: {} }
        : { to: JOURNEY_PATHS.partnerships, search: {} };
  }
}
