import * as z from 'zod/mini';
import type { EventDetailRow } from '../../data/schemas';
import { amsterdamLocal } from '../../domain/events/amsterdam-time';
import { characterCount, hasHiddenCharacters, trimmed } from '../../domain/text';
import { emailField, nameField } from '../../lib/field-rules';

// The event forms check what save_event and register_for_event check, at the field, so nothing
// is sent that the database would refuse; what was typed stays in the form either way.

export interface EventFormValues {
  title: string;
  description: string;
  /** 'YYYY-MM-DDTHH:mm' on the Amsterdam clock (a datetime-local field). */
  starts: string;
  ends: string;
  deadline: string;
  onlineUrl: string;
  place: string;
  province: string;
  capacity: string;
  recordingUrl: string;
  slidesUrl: string;
}

export type EventField = keyof EventFormValues;
/** The catalogue key (bijeenkomst.*) of what is wrong with a field. */
export type EventProblem =
  | `error_${EventField}`
  | 'error_endsBefore'
  | 'error_deadlineAfter'
  | 'error_link'
  | 'error_where'
  | 'error_capacityBelow';
export type EventProblems = Partial<Record<EventField, EventProblem>>;

export const emptyEventForm: EventFormValues = {
  title: '',
  description: '',
  starts: '',
  ends: '',
  deadline: '',
  onlineUrl: '',
  place: '',
  province: '',
  capacity: '',
  recordingUrl: '',
  slidesUrl: '',
};

/** The form filled with a saved event, its times on the Amsterdam clock. */
export function eventFormFrom(e: EventDetailRow): EventFormValues {
  return {
    title: e.title,
    description: e.description,
    starts: amsterdamLocal(e.starts_at),
    ends: amsterdamLocal(e.ends_at),
    deadline: amsterdamLocal(e.registration_deadline),
    onlineUrl: e.online_url ?? '',
    place: e.place ?? '',
    province: e.province_code ?? '',
    capacity: String(e.capacity),
    recordingUrl: e.recording_url ?? '',
    slidesUrl: e.slides_url ?? '',
  };
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const HTTPS = /^https:\/\/[^\s/]+\.\S+$/;
const isText = (v: string, min: number, max: number, multiline = false) =>
  characterCount(v) >= min && characterCount(v) <= max && !hasHiddenCharacters(v, multiline);

/** What is wrong, field by field (empty when the event can be saved). */
export function eventFormProblems(v: EventFormValues, seatsTaken = 0): EventProblems {
  const problems: EventProblems = {};
  if (!isText(trimmed(v.title), 5, 200)) problems.title = 'error_title';
  if (!isText(v.description.trim(), 1, 10000, true)) problems.description = 'error_description';
  for (const field of ['starts', 'ends', 'deadline'] as const)
    if (!LOCAL_TIME.test(v[field])) problems[field] = `error_${field}`;
  if (!problems.starts && !problems.ends && v.ends <= v.starts) problems.ends = 'error_endsBefore';
  if (!problems.starts && !problems.deadline && v.deadline > v.starts)
    problems.deadline = 'error_deadlineAfter';
  const link = v.onlineUrl.trim();
  const place = trimmed(v.place);
  if (link && !HTTPS.test(link)) problems.onlineUrl = 'error_link';
  if (!link && !place) problems.place = 'error_where';
  else if (place && !isText(place, 2, 300)) problems.place = 'error_place';
  const capacity = Number(v.capacity);
  if (!/^\d+$/.test(v.capacity.trim()) || capacity < 1 || capacity > 5000)
    problems.capacity = 'error_capacity';
  else if (capacity < seatsTaken) problems.capacity = 'error_capacityBelow';
  for (const field of ['recordingUrl', 'slidesUrl'] as const)
    if (v[field].trim() && !HTTPS.test(v[field].trim())) problems[field] = 'error_link';
  return problems;
}

/** The arguments of save_event for a form without problems. */
export function saveEventArgs(v: EventFormValues, event: EventDetailRow | null) {
  const optional = (s: string) => s.trim() || undefined;
  return {
    event: event?.id,
    title: trimmed(v.title),
    description: v.description.trim(),
    starts_local: v.starts,
    ends_local: v.ends,
    deadline_local: v.deadline,
    capacity: Number(v.capacity),
    online_url: optional(v.onlineUrl),
    place: optional(trimmed(v.place)),
    province: optional(v.province),
    recording_url: optional(v.recordingUrl),
    slides_url: optional(v.slidesUrl),
    expected_version: event?.version,
  };
}

export const registrationSchema = z.object({
  participants: z.pipe(
    z.string(),
    z.transform((s) => (/^\s*\d+\s*$/.test(s) ? Number(s) : NaN)),
  ),
  contactName: nameField(2, 120),
  contactEmail: emailField,
});

export type RegistrationField = 'participants' | 'contactName' | 'contactEmail';

/** What is wrong with a registration, field by field. */
export function registrationProblems(v: {
  participants: string;
  contactName: string;
  contactEmail: string;
}): RegistrationField[] {
  const parsed = registrationSchema.safeParse(v);
  const problems = new Set<RegistrationField>(
    parsed.success ? [] : parsed.error.issues.map((i) => i.path[0] as RegistrationField),
  );
  const n = parsed.success ? parsed.data.participants : Number(v.participants.trim());
  if (!Number.isInteger(n) || n < 1 || n > 50) problems.add('participants');
  return [...problems];
}
