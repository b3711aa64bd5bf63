import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../domain/vocabulary';
import { notificationTarget } from './notification-target';

const P = '11111111-1111-4111-8111-111111111111';

describe('notificationTarget', () => {
  it('sends what is answered in the inbox to the inbox', () => {
    expect(notificationTarget({ kind: 'new_seeker', partnership_id: null })).toEqual({
      to: '/ambassadeurs',
      search: {},
    });
    expect(notificationTarget({ kind: 'join_request', partnership_id: P }).to).toBe(
      '/ambassadeurs',
    );
  });

  it('sends an invitation or a coordination offer to where it is answered, with the partnership', () => {
    for (const kind of ['membership_invited', 'coordination_offered'] as const)
      expect(notificationTarget({ kind, partnership_id: P })).toEqual({
        to: '/',
        search: { verband: P },
      });
  });

  it("sends every other kind to its partnership's page", () => {
    const others = NOTIFICATION_KINDS.filter(
      (k) =>
        ![
          'new_seeker',
          'join_request',
          'membership_invited',
          'coordination_offered',
          'new_answer',
          'event_changed',
          'event_place_offered',
          'event_cancelled',
          'event_reinstated',
        ].includes(k),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const kind of others)
      expect(notificationTarget({ kind, partnership_id: P })).toEqual({
        to: '/verbanden/$id',
        params: { id: P },
        search: {},
      });
  });

  it('sends a new answer to its question', () => {
    expect(
      notificationTarget({ kind: 'new_answer', partnership_id: null, question_id: P }),
    ).toEqual({
      to: '/kennis/vragen/$id',
      params: { id: P },
      search: {},
    });
  });

  it('sends news of an event (a change, a place from the waiting list, called off or on again) to the event', () => {
    for (const kind of [
      'event_changed',
      'event_place_offered',
      'event_cancelled',
      'event_reinstated',
    ] as const)
      expect(notificationTarget({ kind, partnership_id: null, event_id: P })).toEqual({
        to: '/kennis/bijeenkomsten/$id',
        params: { id: P },
        search: {},
      });
  });
});
