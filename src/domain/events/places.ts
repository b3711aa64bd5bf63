/** What the places of an event look like to someone about to register (see register_for_event). */
export interface EventPlaces {
  capacity: number;
  seats_taken: number;
  waiting: number;
  starts_at: string;
  ends_at: string;
  registration_deadline: string;
}

export interface OwnRegistration {
  status: 'registered' | 'waiting';
  participants: number;
}

/** open: places free; full: nobody gets a place but from the waiting list; closed: past the deadline. */
export type EventPhase = 'open' | 'full' | 'closed' | 'past';

export function eventPhase(e: EventPlaces, now: Date): EventPhase {
  if (new Date(e.ends_at) <= now) return 'past';
  if (new Date(e.registration_deadline) < now) return 'closed';
  return e.seats_taken >= e.capacity || e.waiting > 0 ? 'full' : 'open';
}

export const placesLeft = (e: EventPlaces) => Math.max(0, e.capacity - e.seats_taken);

/**
 * Places this organisation may fill: the free ones plus its own. Nobody passes the waiting list,
 * so a newcomer gets none while others wait.
 */
export function placesFor(e: EventPlaces, mine: OwnRegistration | null): number {
  if (mine?.status === 'waiting') return 0;
  if (mine?.status === 'registered') return placesLeft(e) + mine.participants;
  return e.waiting > 0 ? 0 : placesLeft(e);
}

/** Whether registering `participants` now would end on the waiting list (or be refused). */
export const mustWait = (e: EventPlaces, mine: OwnRegistration | null, participants: number) =>
  mine?.status === 'waiting' || participants > placesFor(e, mine);
