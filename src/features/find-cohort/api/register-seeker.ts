import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  characterCount,
  hasHiddenCharacters,
  MAX_EMAIL_LENGTH,
  trimmed,
} from '../../../domain/text';
import { SEEKER_INTENTS } from '../../../domain/vocabulary';
import { useDataPort } from '../../../data/data-context';
import type { RpcArgs } from '../../../data/rpc';
import { queryKeys } from '../../../lib/query-keys';

/** A name as the database accepts it: trimmed, min–max characters, nothing hidden in it. */
const name = (min: number, max: number) =>
  z
    .string()
    .transform(trimmed)
    .refine((v) => {
      const length = characterCount(v);
      return length >= min && length <= max && !hasHiddenCharacters(v);
    });

/** The registration form, with the database's rules (app_private.checked_text and friends). */
export const registrationSchema = z.object({
  organisation: name(2, 120).nullable(),
  siteName: name(2, 120),
  sitePlace: name(2, 80),
  contactName: name(2, 120),
  email: z
    .string()
    .transform(trimmed)
    .pipe(z.email().max(MAX_EMAIL_LENGTH))
    .refine((v) => !hasHiddenCharacters(v)),
  phone: z
    .string()
    .trim()
    .regex(/^([0-9 +()-]{6,20})?$/),
  intent: z.enum(SEEKER_INTENTS),
});

/** The form field of each register_seeker argument the database may name in an SK006. */
export const REGISTRATION_FIELDS = {
  organisation_name: 'organisation',
  site_name: 'siteName',
  place: 'sitePlace',
  contact_name: 'contactName',
  email: 'email',
  phone: 'phone',
} as const satisfies Record<string, keyof z.input<typeof registrationSchema>>;
export type RegistrationInput = z.input<typeof registrationSchema>;

/** Registers through the register_seeker function; refreshes the map data afterwards. */
export function useRegisterSeeker() {
  const { port, identity } = useDataPort();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: RpcArgs<'register_seeker'>) => {
      if (!port) throw new Error('database not ready');
      return port.registerSeeker(args);
    },
    // Not awaited: a caller's own onSuccess must run before the refetch can unmount it.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.db.all(identity) }),
  });
}
