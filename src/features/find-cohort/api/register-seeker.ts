import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useDataPort } from '../../../data/data-context';
import type { RpcArgs } from '../../../data/database.types';
import { queryKeys } from '../../../lib/query-keys';

/** The registration form; messages are i18n keys under find.error_*. */
export const registrationSchema = z.object({
  organisation: z.string().trim().min(2, 'organisation').max(120, 'organisation').nullable(),
  siteName: z.string().trim().min(2, 'siteName').max(120, 'siteName'),
  sitePlace: z.string().trim().min(2, 'sitePlace').max(80, 'sitePlace'),
  contactName: z.string().trim().min(2, 'contactName').max(120, 'contactName'),
  email: z.email('email'),
  phone: z
    .string()
    .trim()
    .regex(/^([0-9 +()-]{6,20})?$/, 'phone'),
  intent: z.enum(['join', 'found']),
});
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
