import { createClient } from '@supabase/supabase-js';
import { createDataPort } from '../port';
import { supabaseTransport } from './supabase-transport';

/**
 * Connects to a Supabase project with its public anon key. Signed-in users (magic link) act
 * with their own JWT, so the same row-level security decides what they see.
 */
export async function connectSupabase(
  url: string,
  anonKey: string,
  onUserChange: (userId: string | null) => void,
) {
  const client = createClient(url, anonKey);
  const { data } = await client.auth.getSession();
  onUserChange(data.session?.user.id ?? null);
  client.auth.onAuthStateChange((_event, session) => onUserChange(session?.user.id ?? null));
  return {
    port: createDataPort(supabaseTransport(client)),
    signInWithMagicLink: (email: string) =>
      client.auth.signInWithOtp({ email, options: { emailRedirectTo: window.location.href } }),
    signOut: () => client.auth.signOut(),
  };
}

export type SupabaseConnection = Awaited<ReturnType<typeof connectSupabase>>;
