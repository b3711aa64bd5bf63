import * as z from 'zod/mini';
import { SEEKER_INTENTS } from '../../../domain/vocabulary';
import { useDataMutation } from '../../../data/queries/mutation';
import type { RpcArgs } from '../../../data/rpc';
import { emailField, nameField, phoneField } from '../../../lib/field-rules';

/** The registration form, with the database's rules (app_private.checked_text and friends). */
export const registrationSchema = z.object({
  organisation: z.nullable(nameField(2, 120)),
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
export const useRegisterSeeker = () =>
  useDataMutation((port, args: RpcArgs<'register_seeker'>) => port.registerSeeker(args));
