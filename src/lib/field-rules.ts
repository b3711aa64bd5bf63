import * as z from 'zod/mini';
import { characterCount, hasHiddenCharacters, MAX_EMAIL_LENGTH, trimmed } from '../domain/text';

// The database's rules for typed text (app_private.checked_text and friends) as zod fields, so a
// form refuses what the database would refuse, at the field, before sending anything.

/** A name: trimmed, min–max characters, nothing hidden in it. */
export const nameField = (min: number, max: number) =>
  z.pipe(
    z.pipe(z.string(), z.transform(trimmed)),
    z.string().check(
      z.refine((v) => {
        const length = characterCount(v);
        return length >= min && length <= max && !hasHiddenCharacters(v);
      }),
    ),
  );

/** Free text over several lines (a message, a reason): optional, at most max characters. */
export const textField = (max: number) =>
  z.pipe(
    z.pipe(z.string(), z.transform(trimmed)),
    z.string().check(z.refine((v) => characterCount(v) <= max && !hasHiddenCharacters(v, true))),
  );

export const emailField = z.pipe(
  z.pipe(z.string(), z.transform(trimmed)),
  z.email().check(
    z.maxLength(MAX_EMAIL_LENGTH),
    z.refine((v) => !hasHiddenCharacters(v)),
  ),
);

export const phoneField = z.string().check(z.trim(), z.regex(/^([0-9 +()-]{6,20})?$/));
