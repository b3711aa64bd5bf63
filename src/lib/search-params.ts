import * as z from 'zod/mini';
import { PROVINCE_CODES } from '../domain/provinces';
import {
  COVERAGE_STATUSES,
  OPLEIDINGEN,
  PARTNERSHIP_SCHEMES,
  PARTNERSHIP_STATUSES,
  TRAVEL_MODES,
} from '../domain/vocabulary';

// The URL is what people share, so its parameters are plain Dutch words and numbers
// (`?plaats=Utrecht&minuten=30`), parsed and checked here with zod: a value that does not fit is
// dropped (the page says so), and the view falls back to its default for it.

/** A value that does not fit becomes "not given". */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.catch(z.optional(schema), undefined) as unknown as z.ZodMiniOptional<T>;

const int = (min: number, max: number) => z.coerce.number().check(z.int(), z.gte(min), z.lte(max));
const uuid = z
  .string()
  .check(
    z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
    z.toLowerCase(),
  );
const province = z.pipe(z.string().check(z.toUpperCase()), z.enum(PROVINCE_CODES));

/** Where every journey can point on the map: a province, a partnership or a site. */
export const mapSearch = z.object({
  provincie: optional(province),
  verband: optional(uuid),
  locatie: optional(uuid),
});

/** "Zoek een groep": where the students are and what they need. */
export const findSearch = z.extend(mapSearch, {
  plaats: optional(z.string().check(z.minLength(1), z.maxLength(80))),
  lat: optional(z.coerce.number().check(z.gte(50.7), z.lte(53.6))),
  lng: optional(z.coerce.number().check(z.gte(3.3), z.lte(7.3))),
  opleiding: optional(z.enum(OPLEIDINGEN)),
  deelnemers: optional(int(1, 20)),
  vervoer: optional(z.enum(TRAVEL_MODES)),
  minuten: optional(int(5, 90)),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const STATUS_WORDS = COVERAGE_STATUSES.join('|');

/** "Dekking": the day, the opleiding ("alle" for all three) and the statuses shown. */
export const coverageSearch = z.extend(mapSearch, {
  datum: optional(
    z.string().check(
      z.regex(ISO_DAY),
      z.refine((day) => !Number.isNaN(Date.parse(day))),
    ),
  ),
  opleiding: optional(z.enum([...OPLEIDINGEN, 'alle'])),
  /** Statuses shown, comma-separated ("active,forming"). */
  status: optional(
    z.string().check(z.regex(new RegExp(`^(${STATUS_WORDS})(,(${STATUS_WORDS}))*$`))),
  ),
});

/** "Samenwerkingsverbanden": the directory's filters (the province is the map's). */
export const directorySearch = z.extend(mapSearch, {
  opleiding: optional(z.enum(OPLEIDINGEN)),
  status: optional(z.enum(PARTNERSHIP_STATUSES)),
  regeling: optional(z.enum(PARTNERSHIP_SCHEMES)),
  naam: optional(z.string().check(z.minLength(1), z.maxLength(80))),
});

/** The invitation page: the token from the link (checked by the database, not here). */
export const invitationSearch = z.object({
  token: optional(z.string().check(z.maxLength(200))),
});

export type MapSearch = z.infer<typeof mapSearch>;
export type FindSearch = z.infer<typeof findSearch>;
export type CoverageSearch = z.infer<typeof coverageSearch>;
export type DirectorySearch = z.infer<typeof directorySearch>;

/** Query string → plain strings (what the schemas check). */
export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

/** Search object → query string, leaving out what is not given; lists joined with commas. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The parameters of a raw query string that a schema dropped because they did not fit. */
export function droppedParams(raw: Record<string, string>, checked: Record<string, unknown>) {
  return Object.keys(raw).filter((key) => raw[key] !== '' && checked[key] === undefined);
}
