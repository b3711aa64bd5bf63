import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { SEEKER_INTENTS } from '../../../domain/vocabulary';
import { useDataPort } from '../../../data/data-context';
import type { RpcArgs } from '../../../data/rpc';
import { emailField, nameField, phoneField } from '../../../lib/field-rules';
import { queryKeys } from '../../../lib/query-keys';

/** The registration form, with the database's rules (app_private.checked_text and friends). */
export const registrationSchema = z.object({
  organisation: nameField(2, 120).nullable(),
  siteName: nameField(2, 120),
  sitePlace: nameField(2, 80),
  contactName: nameField(2, 120),
  email: emailField,
  phone: phoneField,
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
