import { describe, expect, it } from 'vitest';
import { DataError } from '../../data/errors';
import { eventErrorMessage } from './event-errors';

describe('eventErrorMessage', () => {
  it('says how many places are left when a registration no longer fits', () => {
    expect(eventErrorMessage(new DataError('capacity_exceeded', 'capacity_exceeded', '2'))).toEqual(
      {
        key: 'bijeenkomst.error_fullMeanwhile',
        values: { count: 2 },
      },
    );
  });

  it("names the event's own reasons", () => {
    expect(
      eventErrorMessage(new DataError('not_allowed', 'not_allowed', 'registration_closed')),
    ).toEqual({
      key: 'bijeenkomst.reason_registration_closed',
    });
  });

  it('says anything else as everywhere', () => {
    expect(eventErrorMessage(new DataError('unavailable', 'offline')).key).toBe(
      'errors.unavailable',
    );
  });
});
