import { describe, expect, it } from 'vitest';
import { eventPhase, mustWait, placesFor, placesLeft, type EventPlaces } from './places';

const event = (over: Partial<EventPlaces> = {}): EventPlaces => ({
  capacity: 20,
  seats_taken: 18,
  waiting: 0,
  starts_at: '2027-01-08T12:30:00Z',
  ends_at: '2027-01-08T15:00:00Z',
  registration_deadline: '2027-01-05T16:00:00Z',
  ...over,
});
const now = new Date('2026-12-02T12:00:00Z');

describe('the places of an event', () => {
  it('is open with places free, full when taken or when others wait, closed after the deadline, then past', () => {
    expect(eventPhase(event(), now)).toBe('open');
    expect(eventPhase(event({ seats_taken: 20 }), now)).toBe('full');
    expect(eventPhase(event({ seats_taken: 17, waiting: 1 }), now)).toBe('full');
    expect(eventPhase(event(), new Date('2027-01-05T16:01:00Z'))).toBe('closed');
    expect(eventPhase(event(), new Date('2027-01-08T15:00:00Z'))).toBe('past');
  });

  it('counts the places left, never below zero', () => {
    expect(placesLeft(event())).toBe(2);
    expect(placesLeft(event({ capacity: 10, seats_taken: 12 }))).toBe(0);
  });

  it('lets a registrant change within its own places plus the free ones', () => {
    const mine = { status: 'registered', participants: 3 } as const;
    expect(placesFor(event(), mine)).toBe(5);
    expect(mustWait(event(), mine, 5)).toBe(false);
    expect(mustWait(event(), mine, 6)).toBe(true);
  });

  it('lets nobody pass the waiting list', () => {
    const queued = event({ seats_taken: 17, waiting: 1 });
    expect(placesFor(queued, null)).toBe(0);
    expect(mustWait(queued, null, 1)).toBe(true);
    expect(mustWait(queued, { status: 'waiting', participants: 1 }, 1)).toBe(true);
    expect(mustWait(event(), null, 2)).toBe(false);
    expect(mustWait(event(), null, 3)).toBe(true);
  });
});
