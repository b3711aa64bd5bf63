-- Setup: the write model every later migration follows, and the helpers they share.
--
-- Tables are read-only to the API roles (anon, authenticated): row-level security decides which
-- rows they read, column grants which columns. Every insert, update and delete goes through a
-- `security definer` function with `set search_path = ''` that checks the caller's right to that
-- exact change, takes the locks it needs and writes the audit trail. Functions raise these
-- errors (SQLSTATE, message; the detail names the field or reason):
--   SK001 capacity_exceeded   SK002 invitation_used   SK003 invitation_expired
--   SK004 invitation_invalid  SK005 not_allowed       SK006 invalid_input
--   SK007 not_signed_in       SK008 not_found

-- Section - default privileges
-- Supabase grants the API roles every privilege on new tables in public. Take the writes back,
-- so a table a later migration creates is read-only unless that migration says otherwise.
alter default privileges in schema public
  revoke insert, update, delete, truncate, references, trigger on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;

-- Functions are not executable by the API roles unless granted explicitly. PUBLIC's execute
-- right is a global default, so it is revoked globally (a per-schema revoke cannot remove it).
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from anon, authenticated;

-- Section - private schema
-- Helpers live here: callable from policies and functions, never part of the API.
create schema if not exists app_private;
revoke all on schema app_private from public;
grant usage on schema app_private to anon, authenticated;

-- Section - errors
/** Raises one of the SKnnn errors with a machine-readable message (and optional detail). */
create or replace function app_private.fail(code text, message text, detail text default null)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = code, message = message, detail = coalesce(detail, '');
end
$$;

/** The signed-in user's id, or error SK007. */
create or replace function app_private.require_user() returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
begin
  if uid is null then
    perform app_private.fail('SK007', 'not_signed_in');
  end if;
  return uid;
end
$$;

-- Section - input
/**
 * Whether a text holds Unicode control or format characters (general categories Cc and Cf:
 * zero-width spaces, bidirectional overrides, soft hyphens, …). Multi-line text may hold tabs
 * and line breaks. The same set as /[\p{Cc}\p{Cf}]/u in src/domain/text.ts (a test compares).
 */
create or replace function app_private.has_hidden_characters(value text, multiline boolean default false)
returns boolean
language sql immutable
set search_path = ''
as $$
  select case when multiline
    then value ~ '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]'
    else value ~ '[\u0001-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]'
  end
$$;

/**
 * A text argument, checked: trimmed; null when empty and not required; between min and max
 * characters; no hidden characters. Otherwise SK006 with the field's name as detail.
 */
create or replace function app_private.checked_text(
  value text, field text, min_length integer, max_length integer,
  required boolean default true, multiline boolean default false
) returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  cleaned text := nullif(btrim(value, E' \t\r\n\u00a0'), '');
begin
  if cleaned is null then
    if required then
      perform app_private.fail('SK006', 'invalid_input', field);
    end if;
    return null;
  end if;
  if char_length(cleaned) not between min_length and max_length
     or app_private.has_hidden_characters(cleaned, multiline) then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
  return cleaned;
end
$$;

/** An e-mail address, checked (at most 254 characters, one @, a dot in the domain). */
create or replace function app_private.checked_email(value text, field text default 'email')
returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  cleaned text := lower(app_private.checked_text(value, field, 6, 254));
begin
  if cleaned !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
  return cleaned;
end
$$;

/** A Dutch phone number as people write it, or null. */
create or replace function app_private.checked_phone(value text, field text default 'phone')
returns text
language plpgsql immutable
set search_path = ''
as $$
declare
  cleaned text := nullif(btrim(value), '');
begin
  if cleaned is not null and cleaned !~ '^[0-9 +()-]{6,20}$' then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
  return cleaned;
end
$$;

/** A required argument (enum, id, number) that must not be null. */
create or replace function app_private.required(is_missing boolean, field text) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  if is_missing then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
end
$$;

-- Section - timestamps
/** Keeps updated_at current on every update. */
create or replace function app_private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Section - audit log
/**
 * Who did what, when: memberships, partnerships, invitations, registrations, ambassadors.
 * Append-only: written by the API functions, never by the API roles. Not tied to partnerships
 * by a foreign key, so the trail outlives what it describes. Read access: partnerships file.
 */
create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  action text not null,
  entity text not null,
  entity_id uuid not null,
  partnership_id uuid,
  details jsonb not null default '{}'
);
alter table public.audit_log enable row level security;
create index audit_log_partnership_idx on public.audit_log (partnership_id, at);
revoke all on public.audit_log from anon, authenticated;

/** Appends to the audit trail as the signed-in user. */
create or replace function app_private.audit(
  action text, entity text, entity_id uuid, partnership uuid default null, details jsonb default '{}'
) returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.audit_log (actor, action, entity, entity_id, partnership_id, details)
  values (auth.uid(), action, entity, entity_id, partnership, details)
$$;

revoke all on all functions in schema app_private from public;
-- Read functions that run as the caller (security invoker) raise typed errors too.
grant execute on function app_private.fail(text, text, text) to anon, authenticated;
