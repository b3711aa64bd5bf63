import { describe, expect, it } from 'vitest';
import { DataError, errorMessageKey, invalidField, toDataError } from './errors';

/** As both adapters hand a failed call over: a PostgreSQL error's SQLSTATE, message and detail. */
const sqlError = (code: string, message: string, detail?: string) => ({ code, message, detail });

describe('error mapping', () => {
  it('turns a database refusal into a data error with its detail', () => {
    const error = toDataError(sqlError('SK006', 'invalid_input', 'email'));
    expect(error).toBeInstanceOf(DataError);
    expect([error.code, error.detail]).toEqual(['invalid_input', 'email']);
  });

  it('names the field of an invalid argument, so a form can say it at that field', () => {
    expect(invalidField(sqlError('SK006', 'invalid_input', 'organisation_name'))).toBe(
      'organisation_name',
    );
    expect(invalidField(sqlError('SK006', 'invalid_input', 'location'))).toBeNull();
    expect(invalidField(sqlError('SK005', 'not_allowed', 'no_organisation'))).toBeNull();
    expect(invalidField(new Error('network down'))).toBeNull();
  });

  it('picks the sentence for a situation, else the one for the code', () => {
    expect(errorMessageKey(sqlError('SK006', 'invalid_input', 'location'))).toBe(
      'errors.reason_location',
    );
    expect(errorMessageKey(sqlError('SK005', 'not_allowed', 'no_organisation'))).toBe(
      'errors.reason_no_organisation',
    );
    expect(errorMessageKey(sqlError('SK006', 'invalid_input', 'email'))).toBe(
      'errors.invalid_input',
    );
    expect(errorMessageKey(sqlError('SK001', 'capacity_exceeded', '12'))).toBe(
      'errors.capacity_exceeded',
    );
    expect(errorMessageKey(sqlError('42501', 'permission denied for table sites'))).toBe(
      'errors.not_allowed',
    );
    expect(errorMessageKey(new TypeError('boom'))).toBe('errors.unexpected');
  });
});
