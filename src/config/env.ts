import * as z from 'zod/mini';

/** An http(s) address (`z.url()` would bring zod's URL checks into the page's entry for it). */
const httpUrl = z
  .string()
  .check(z.refine((value) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value)));

const envSchema = z.object({
  VITE_SUPABASE_URL: z.optional(httpUrl),
  VITE_SUPABASE_ANON_KEY: z.optional(z.string().check(z.minLength(1))),
  /** "pdok" switches on the online PDOK BRT-Achtergrondkaart basemap; off by default (offline). */
  VITE_BASEMAP: z._default(z.enum(['none', 'pdok']), 'none'),
  /** "pdok" adds PDOK Locatieserver (postcodes, addresses) to the offline place search. */
  VITE_GEOCODER: z._default(z.enum(['offline', 'pdok']), 'offline'),
  /** Optional static GeoJSON of provider sites (used by the map-load benchmark). */
  VITE_SITES_URL: z.optional(z.string().check(z.minLength(1))),
});

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

export const env = envSchema.parse({
  VITE_SUPABASE_URL: blankToUndefined(import.meta.env.VITE_SUPABASE_URL),
  VITE_SUPABASE_ANON_KEY: blankToUndefined(import.meta.env.VITE_SUPABASE_ANON_KEY),
  VITE_BASEMAP: blankToUndefined(import.meta.env.VITE_BASEMAP),
  VITE_GEOCODER: blankToUndefined(import.meta.env.VITE_GEOCODER),
  VITE_SITES_URL: blankToUndefined(import.meta.env.VITE_SITES_URL),
});

/** Supabase when both public values are configured; the embedded PGlite database otherwise. */
export const dataBackend: 'embedded' | 'supabase' =
  env.VITE_SUPABASE_URL && env.VITE_SUPABASE_ANON_KEY ? 'supabase' : 'embedded';
