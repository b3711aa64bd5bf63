-- Kennis: webinars and meetings. The AvZ plans an event (times on the Amsterdam clock, online or
-- at a place, a capacity and a registration deadline); a member organisation registers a number
-- of participants and a contact, or joins the waiting list when the event is full; places that
-- come free go to the waiting list in order. Registrants hear of changes, and of an event called
-- off. Tables are read-only to the API roles, every write is a checked function below.

-- Section - tables
/** A webinar or meeting. version counts saves, so two editors cannot overwrite each other. */
create table public.events (
  id uuid primary key default gen_random_uuid(),
  title text not null check (char_length(btrim(title)) between 5 and 200),
  description text not null check (char_length(description) between 1 and 10000),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  online_url text check (online_url ~ '^https://\S+$'),
  place text check (char_length(btrim(place)) between 2 and 300),
  province_code text references public.provinces (code),
  capacity integer not null check (capacity between 1 and 5000),
  registration_deadline timestamptz not null,
  recording_url text check (recording_url ~ '^https://\S+$'),
  slides_url text check (slides_url ~ '^https://\S+$'),
  version integer not null default 1 check (version >= 1),
  cancelled_at timestamptz,
  cancel_reason text check (cancel_reason is null or char_length(cancel_reason) between 3 and 500),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint events_ends_after_start check (ends_at > starts_at),
  constraint events_deadline_before_start check (registration_deadline <= starts_at),
  constraint events_online_or_place check (online_url is not null or place is not null)
);
alter table public.events enable row level security;
create index events_starts_idx on public.events (starts_at);

/** An organisation's registration for an event: registered, or waiting in line (queued_at). */
create table public.event_registrations (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references public.events (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  participants integer not null check (participants between 1 and 50),
  contact_name text not null check (char_length(btrim(contact_name)) between 2 and 120),
  contact_email text not null check (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  status text not null check (status in ('registered', 'waiting')),
  registered_by uuid references auth.users (id) on delete set null,
  queued_at timestamptz not null default clock_timestamp(),
  updated_at timestamptz not null default now(),
  constraint event_registrations_once unique (event_id, organisation_id)
);
alter table public.event_registrations enable row level security;
create index event_registrations_queue_idx on public.event_registrations (event_id, status, queued_at);

-- Section - read access
-- Events are public, except the online link: registrants and the AvZ get it through the reads
-- below. Registrations are private to the registering organisation and the AvZ.
revoke all on public.events from anon, authenticated;
grant select (id, title, description, starts_at, ends_at, place, province_code, capacity,
              registration_deadline, recording_url, slides_url, version, cancelled_at, cancel_reason,
              created_at, updated_at)
  on public.events to anon, authenticated;
create policy "Anyone can see the events" on public.events
  for select to anon, authenticated using (true);

revoke all on public.event_registrations from anon, authenticated;
grant select on public.event_registrations to authenticated;
create policy "Own registrations, all for the AvZ" on public.event_registrations
  for select to authenticated
  using (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

-- Section - notifications: registrants hear of changes, of a place from the waiting list and of
-- an event called off
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
  'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
  'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted',
  'new_answer', 'event_changed', 'event_place_offered', 'event_cancelled'
));

drop function public.my_notifications(integer);
/** The caller's organisation's notifications, with the partnership, question or event they are about. */
create function public.my_notifications(max_rows integer default 20)
returns table (
  id uuid, kind text, subject text, created_at timestamptz, read boolean, partnership_id uuid,
  question_id uuid, event_id uuid
)
language sql stable
security definer
set search_path = ''
as $$
  select n.id, n.kind, n.subject, n.created_at, n.read_at is not null,
    case
      when n.kind in ('partnership_founded', 'coordination_offered', 'coordination_accepted')
        then n.entity_id
      when n.kind like 'event_%' or n.kind in ('new_seeker', 'new_answer') then null
      else (select m.partnership_id from public.memberships m where m.id = n.entity_id)
    end,
    case when n.kind = 'new_answer' then n.entity_id end,
    case when n.kind like 'event_%' then n.entity_id end
  from public.notifications n
  where n.recipient_org_id = (select app_private.my_org_id())
  order by n.created_at desc
  limit least(greatest(coalesce(max_rows, 20), 1), 100)
$$;
grant execute on function public.my_notifications(integer) to authenticated;

-- Section - helpers
/** Places taken by registered participants (the waiting list takes none). */
create or replace function app_private.event_seats_taken(event uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select coalesce(sum(r.participants), 0)::integer from public.event_registrations r
  where r.event_id = event and r.status = 'registered'
$$;

/** Organisations on the waiting list. */
create or replace function app_private.event_waiting(event uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select count(*)::integer from public.event_registrations r
  where r.event_id = event and r.status = 'waiting'
$$;

/** Place in line (1 = next) of a waiting registration, or null. */
create or replace function app_private.event_queue_position(registration uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select (select count(*)::integer from public.event_registrations o
          where o.event_id = r.event_id and o.status = 'waiting' and o.queued_at <= r.queued_at)
  from public.event_registrations r where r.id = registration and r.status = 'waiting'
$$;

/**
 * Gives free places to the waiting list, first in line first. Strictly in order: when the next
 * registration does not fit, those behind it wait too, so nobody is passed over. The caller
 * holds the event's row lock.
 */
create or replace function app_private.promote_waiting(event uuid) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  target public.events;
  next_in_line public.event_registrations;
begin
  select * into target from public.events e where e.id = event;
  if target.starts_at <= now() then
    return;
  end if;
  loop
    select * into next_in_line from public.event_registrations r
    where r.event_id = event and r.status = 'waiting'
    order by r.queued_at, r.id limit 1;
    exit when next_in_line.id is null
      or next_in_line.participants > target.capacity - app_private.event_seats_taken(event);
    update public.event_registrations r set status = 'registered', updated_at = now()
    where r.id = next_in_line.id;
    perform app_private.notify(next_in_line.organisation_id, 'event_place_offered', event, target.title);
    perform app_private.audit('event_place_offered', 'event_registration', next_in_line.id, null,
      jsonb_build_object('event', event, 'participants', next_in_line.participants));
    next_in_line := null;
  end loop;
end
$$;

/** An https link or null; anything else is refused, naming the field. */
create or replace function app_private.checked_https(value text, field text) returns text
language plpgsql immutable set search_path = ''
as $$
declare
  cleaned text := nullif(btrim(value), '');
begin
  if cleaned is not null and (cleaned !~ '^https://[^\s/]+\.\S+$' or char_length(cleaned) > 500) then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
  return cleaned;
end
$$;

-- Section - writes
/**
 * The AvZ plans a new event (event null) or changes one (event, with the version the form showed). Times are wall-clock times in
 * Europe/Amsterdam, as the AvZ types them. A save from an outdated form is refused
 * (stale_version); the capacity cannot drop below the places already given. A change of time,
 * place or link, or a recording or slides added, notifies every registered or waiting
 * organisation; a larger capacity gives places to the waiting list.
 */
create or replace function public.save_event(
  title text,
  description text,
  starts_local timestamp,
  ends_local timestamp,
  capacity integer,
  deadline_local timestamp,
  online_url text default null,
  place text default null,
  province text default null,
  recording_url text default null,
  slides_url text default null,
  expected_version integer default null,
  event uuid default null
)
returns table (event_id uuid, version integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  checked_title text := app_private.checked_text(title, 'title', 5, 200);
  checked_description text := app_private.checked_text(description, 'description', 1, 10000, multiline => true);
  checked_link text := app_private.checked_https(online_url, 'online_url');
  checked_place text := app_private.checked_text(place, 'place', 2, 300, required => false);
  checked_recording text := app_private.checked_https(recording_url, 'recording_url');
  checked_slides text := app_private.checked_https(slides_url, 'slides_url');
  new_start timestamptz;
  new_end timestamptz;
  new_deadline timestamptz;
  before public.events;
  saved_id uuid;
  saved_version integer;
  registrant uuid;
begin
  perform app_private.required(starts_local is null, 'starts_at');
  perform app_private.required(ends_local is null, 'ends_at');
  perform app_private.required(deadline_local is null, 'registration_deadline');
  new_start := starts_local at time zone 'Europe/Amsterdam';
  new_end := ends_local at time zone 'Europe/Amsterdam';
  new_deadline := deadline_local at time zone 'Europe/Amsterdam';
  if new_end <= new_start then
    perform app_private.fail('SK006', 'invalid_input', 'ends_at');
  end if;
  if new_deadline > new_start then
    perform app_private.fail('SK006', 'invalid_input', 'registration_deadline');
  end if;
  if checked_link is null and checked_place is null then
    perform app_private.fail('SK006', 'invalid_input', 'place');
  end if;
  if province is not null and not exists (select 1 from public.provinces p where p.code = province) then
    perform app_private.fail('SK006', 'invalid_input', 'province');
  end if;
  if capacity is null or capacity not between 1 and 5000 then
    perform app_private.fail('SK006', 'invalid_input', 'capacity');
  end if;

  if event is null then
    insert into public.events as e (title, description, starts_at, ends_at, online_url, place,
      province_code, capacity, registration_deadline, recording_url, slides_url, created_by)
    values (checked_title, checked_description, new_start, new_end, checked_link, checked_place,
      province, capacity, new_deadline, checked_recording, checked_slides, uid)
    returning e.id, e.version into saved_id, saved_version;
    perform app_private.audit('event_created', 'event', saved_id, null, jsonb_build_object('title', checked_title));
    return query select saved_id, saved_version;
    return;
  end if;

  select * into before from public.events e where e.id = event for update;
  if before.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if expected_version is not null and expected_version <> before.version then
    perform app_private.fail('SK006', 'invalid_input', 'stale_version');
  end if;
  if capacity < app_private.event_seats_taken(before.id) then
    perform app_private.fail('SK006', 'invalid_input', 'capacity_below_registered');
  end if;
  update public.events e set
    title = checked_title, description = checked_description, starts_at = new_start,
    ends_at = new_end, online_url = checked_link, place = checked_place, province_code = province,
    capacity = save_event.capacity, registration_deadline = new_deadline,
    recording_url = checked_recording, slides_url = checked_slides,
    version = e.version + 1, updated_at = now()
  where e.id = before.id
  returning e.version into saved_version;

  if (before.starts_at, before.ends_at, before.online_url, before.place)
       is distinct from (new_start, new_end, checked_link, checked_place)
     or (checked_recording is not null and before.recording_url is distinct from checked_recording)
     or (checked_slides is not null and before.slides_url is distinct from checked_slides) then
    for registrant in
      select r.organisation_id from public.event_registrations r where r.event_id = before.id
    loop
      perform app_private.notify(registrant, 'event_changed', before.id, checked_title);
    end loop;
  end if;
  perform app_private.promote_waiting(before.id);
  perform app_private.audit('event_changed', 'event', before.id, null,
    jsonb_build_object('version', saved_version));
  return query select before.id, saved_version;
end
$$;

/**
 * A member organisation registers participants and a contact for an event, or changes its
 * registration. The event's row is locked, so two registrations at once are judged one after the
 * other. When the places do not suffice, the registration joins the waiting list if asked
 * (waiting_list), else it is refused with capacity_exceeded; an existing registration keeps its
 * places then. Closed after the deadline.
 */
create or replace function public.register_for_event(
  event uuid,
  participants integer,
  contact_name text,
  contact_email text,
  waiting_list boolean default false
)
returns table (registration_id uuid, status text, queue_position integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  checked_name text := app_private.checked_text(contact_name, 'contact_name', 2, 120);
  checked_email text := app_private.checked_email(contact_email, 'contact_email');
  target public.events;
  existing public.event_registrations;
  free integer;
  new_status text;
  saved uuid;
begin
  select * into target from public.events e where e.id = event for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if now() > target.registration_deadline then
    perform app_private.fail('SK005', 'not_allowed', 'registration_closed');
  end if;
  if participants is null or participants not between 1 and 50 then
    perform app_private.fail('SK006', 'invalid_input', 'participants');
  end if;
  select * into existing from public.event_registrations r
  where r.event_id = target.id and r.organisation_id = org;
  free := target.capacity - app_private.event_seats_taken(target.id)
    + case when existing.status = 'registered' then existing.participants else 0 end;

  -- Nobody passes the waiting list: a newcomer registers only when no one is waiting, and one who
  -- waits keeps its place in line (promote_waiting below moves it up when it fits).
  if existing.status = 'waiting' then
    new_status := 'waiting';
  elsif participants <= free and (existing.status = 'registered' or not exists (
    select 1 from public.event_registrations w where w.event_id = target.id and w.status = 'waiting')) then
    new_status := 'registered';
  elsif existing.id is null and coalesce(waiting_list, false) then
    new_status := 'waiting';
  else
    perform app_private.fail('SK001', 'capacity_exceeded', free::text);
  end if;

  insert into public.event_registrations as r
    (event_id, organisation_id, participants, contact_name, contact_email, status, registered_by)
  values (target.id, org, participants, checked_name, checked_email, new_status, auth.uid())
  on conflict on constraint event_registrations_once do update
    set participants = excluded.participants, contact_name = excluded.contact_name,
        contact_email = excluded.contact_email, status = excluded.status,
        registered_by = excluded.registered_by, updated_at = now()
  returning r.id into saved;
  -- Fewer participants than before frees places for those waiting.
  perform app_private.promote_waiting(target.id);
  perform app_private.audit(
    case when existing.id is null then 'event_registered' else 'event_registration_changed' end,
    'event_registration', saved, null,
    jsonb_build_object('event', target.id, 'participants', participants, 'status', new_status));
  return query
    select r.id, r.status, app_private.event_queue_position(r.id)
    from public.event_registrations r where r.id = saved;
end
$$;

/** The organisation withdraws its registration (or leaves the waiting list); others move up. */
create or replace function public.cancel_event_registration(event uuid)
returns table (event_id uuid, cancelled boolean)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  target public.events;
  removed uuid;
begin
  select * into target from public.events e where e.id = event for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if target.starts_at <= now() then
    perform app_private.fail('SK005', 'not_allowed', 'event_past');
  end if;
  delete from public.event_registrations r
  where r.event_id = target.id and r.organisation_id = org
  returning r.id into removed;
  if removed is null then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  perform app_private.promote_waiting(target.id);
  perform app_private.audit('event_registration_cancelled', 'event_registration', removed, null,
    jsonb_build_object('event', target.id));
  return query select target.id, true;
end
$$;

-- Section - calling an event off
/** No new registration, and no change of one, for an event that was called off. */
create or replace function app_private.refuse_cancelled_event() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if exists (select 1 from public.events e where e.id = new.event_id and e.cancelled_at is not null) then
    perform app_private.fail('SK005', 'not_allowed', 'event_cancelled');
  end if;
  return new;
end
$$;
create trigger event_registrations_not_cancelled
  before insert or update of participants, contact_name, contact_email on public.event_registrations
  for each row execute function app_private.refuse_cancelled_event();

/** The AvZ calls off a coming event with a reason; registrants and those waiting are told. */
create or replace function public.cancel_event(event uuid, reason text)
returns table (event_id uuid, cancelled_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 500, multiline => true);
  target public.events;
  registrant uuid;
begin
  select * into target from public.events e where e.id = event for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if target.cancelled_at is not null then
    perform app_private.fail('SK005', 'not_allowed', 'event_cancelled');
  end if;
  if target.starts_at <= now() then
    perform app_private.fail('SK005', 'not_allowed', 'event_past');
  end if;
  update public.events e set cancelled_at = now(), cancel_reason = checked_reason,
    version = e.version + 1, updated_at = now()
  where e.id = target.id;
  for registrant in
    select r.organisation_id from public.event_registrations r where r.event_id = target.id
  loop
    perform app_private.notify(registrant, 'event_cancelled', target.id, target.title);
  end loop;
  perform app_private.audit('event_cancelled', 'event', target.id, null,
    jsonb_build_object('reason', checked_reason, 'by', uid));
  return query select target.id, now();
end
$$;

/** Events that were called off, with when and why (public, like the events). */
create or replace function public.event_cancellations()
returns table (event_id uuid, cancelled_at timestamptz, cancel_reason text)
language sql stable
security invoker
set search_path = ''
as $$
  select e.id, e.cancelled_at, e.cancel_reason from public.events e where e.cancelled_at is not null
$$;

-- Section - reads
/** May the caller see the online link: registered (not waiting) for it, or the AvZ. */
create or replace function app_private.sees_event_link(event uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.is_avz() or exists (
    select 1 from public.event_registrations r
    where r.event_id = event and r.organisation_id = app_private.my_org_id() and r.status = 'registered')
$$;

/**
 * Events, soonest upcoming first and then the past ones, newest first; optionally those in one
 * province. With the places left and the caller's organisation's registration.
 */
create or replace function public.event_list(province_filter text default null)
returns table (
  id uuid, title text, starts_at timestamptz, ends_at timestamptz, online boolean, place text,
  province_code text, capacity integer, seats_taken integer, waiting integer,
  registration_deadline timestamptz, has_recording boolean, my_status text
)
language sql stable
security definer
set search_path = ''
as $$
  select e.id, e.title, e.starts_at, e.ends_at, e.online_url is not null, e.place,
    e.province_code, e.capacity, app_private.event_seats_taken(e.id),
    app_private.event_waiting(e.id),
    e.registration_deadline, e.recording_url is not null or e.slides_url is not null,
    (select r.status from public.event_registrations r
     where r.event_id = e.id and r.organisation_id = app_private.my_org_id())
  from public.events e
  where province_filter is null or e.province_code = province_filter
  order by e.ends_at < now(), case when e.ends_at >= now() then e.starts_at end,
    e.starts_at desc
$$;

/**
 * One event with everything a visitor may see; the online link only for registrants and the
 * AvZ, the caller's own registration (with its place in line), and may_edit for the AvZ.
 */
create or replace function public.event_detail(event uuid)
returns table (
  id uuid, title text, description text, starts_at timestamptz, ends_at timestamptz,
  online boolean, online_url text, place text, province_code text, capacity integer,
  seats_taken integer, waiting integer, registration_deadline timestamptz, recording_url text,
  slides_url text, version integer, may_edit boolean, my_registration jsonb
)
language sql stable
security definer
set search_path = ''
as $$
  select e.id, e.title, e.description, e.starts_at, e.ends_at, e.online_url is not null,
    case when app_private.sees_event_link(e.id) then e.online_url end,
    e.place, e.province_code, e.capacity, app_private.event_seats_taken(e.id),
    app_private.event_waiting(e.id),
    e.registration_deadline, e.recording_url, e.slides_url, e.version, app_private.is_avz(),
    (select jsonb_build_object('participants', r.participants, 'contact_name', r.contact_name,
        'contact_email', r.contact_email, 'status', r.status,
        'queue_position', app_private.event_queue_position(r.id))
     from public.event_registrations r
     where r.event_id = e.id and r.organisation_id = app_private.my_org_id())
  from public.events e
  where e.id = event
$$;

/** An event's registrations, in order: all for the AvZ, the caller's own for anyone else. */
create or replace function public.event_registration_list(event uuid)
returns table (
  organisation_name text, participants integer, contact_name text, contact_email text,
  status text, queue_position integer, registered_at timestamptz
)
language sql stable
security invoker
set search_path = ''
as $$
  select o.name, r.participants, r.contact_name, r.contact_email, r.status,
    app_private.event_queue_position(r.id), r.queued_at
  from public.event_registrations r
  join public.organisations o on o.id = r.organisation_id
  where r.event_id = event
  order by r.status, r.queued_at
$$;

-- Section - grants
revoke all on all functions in schema app_private from public;
grant execute on function app_private.event_queue_position(uuid) to authenticated;
grant execute on function public.event_list(text) to anon, authenticated;
grant execute on function public.event_detail(uuid) to anon, authenticated;
grant execute on function public.event_registration_list(uuid) to authenticated;
grant execute on function public.save_event(text, text, timestamp, timestamp, integer,
  timestamp, text, text, text, text, text, integer, uuid) to authenticated;
grant execute on function public.register_for_event(uuid, integer, text, text, boolean) to authenticated;
grant execute on function public.cancel_event_registration(uuid) to authenticated;
revoke all on function app_private.refuse_cancelled_event() from public;
grant execute on function public.event_cancellations() to anon, authenticated;
grant execute on function public.cancel_event(uuid, text) to authenticated;
