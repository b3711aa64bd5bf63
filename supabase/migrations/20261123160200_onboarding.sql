-- Onboarding: providers who register ("wij zoeken" / "wij willen oprichten"), the ambassador's
-- inbox and answers, and single-use invitation links. The province and routing of a
-- registration are computed from its site, never taken from the caller.

-- Section - types
create type public.seeker_intent as enum ('found', 'join');
create type public.seeker_status as enum ('open', 'matched', 'withdrawn');

-- Section - seeker registrations
/**
 * A provider looking for a partnership, or wanting to found one. Routed to the ambassador of the
 * site's province, or to the AvZ when the province has none (routed_to_org_id null).
 * created_by, client_request_id and answer_note are private to the registrant (my_registrations).
 */
create table public.seeker_registrations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  site_id uuid not null references public.sites (id) on delete cascade,
  province_code text not null references public.provinces (code),
  intent public.seeker_intent not null default 'join',
  opleiding public.opleiding not null,
  student_count integer not null check (student_count between 1 and 50),
  travel_mode public.travel_mode not null default 'ov',
  max_minutes integer not null default 30 check (max_minutes between 5 and 90),
  status public.seeker_status not null default 'open',
  routed_to_org_id uuid references public.organisations (id) on delete set null,
  client_request_id uuid not null,
  created_by uuid references auth.users (id) on delete set null,
  answered_at timestamptz,
  answer_note text check (answer_note is null or char_length(answer_note) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (created_by, client_request_id)
);
alter table public.seeker_registrations enable row level security;
create index seeker_registrations_org_idx on public.seeker_registrations (organisation_id);
create index seeker_registrations_site_idx on public.seeker_registrations (site_id);
create index seeker_registrations_province_idx on public.seeker_registrations (province_code, status);
create index seeker_registrations_routed_idx on public.seeker_registrations (routed_to_org_id);
/** One open registration per site and opleiding: registering again updates it. */
create unique index seeker_registrations_open_idx on public.seeker_registrations (site_id, opleiding)
  where status = 'open';
create trigger seeker_registrations_touch before update on public.seeker_registrations
  for each row execute function app_private.touch_updated_at();

/**
 * Province from the site (which must be the organisation's), and routing to the province's
 * first ambassador, on insert and whenever the province changes.
 */
create or replace function app_private.set_registration_province() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  site public.sites;
begin
  select * into site from public.sites s where s.id = new.site_id;
  if site.id is null or site.organisation_id <> new.organisation_id then
    perform app_private.fail('SK006', 'invalid_input', 'site');
  end if;
  new.province_code := site.province_code;
  if tg_op = 'INSERT' or new.province_code is distinct from old.province_code then
    select a.organisation_id into new.routed_to_org_id
    from public.ambassadors a where a.province_code = new.province_code
    order by a.created_at, a.id limit 1;
  end if;
  return new;
end
$$;
create trigger seeker_registrations_province before insert or update on public.seeker_registrations
  for each row execute function app_private.set_registration_province();

/** When a site moves to another province, its registrations follow (and are routed anew). */
create or replace function app_private.follow_site_province_registrations() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.seeker_registrations r set province_code = new.province_code
  where r.site_id = new.id and r.province_code <> new.province_code;
  return new;
end
$$;
create trigger sites_registrations_province after update of province_code on public.sites
  for each row execute function app_private.follow_site_province_registrations();

-- Section - invitations
/** A single-use invitation link. Only the SHA-256 of the token is stored; never changed by hand. */
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash bytea not null unique check (length(token_hash) = 32),
  inviter_org_id uuid not null references public.organisations (id) on delete cascade,
  created_by uuid references auth.users (id) on delete set null,
  partnership_id uuid references public.partnerships (id) on delete cascade,
  opleiding public.opleiding,
  province_code text references public.provinces (code),
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by_org_id uuid references public.organisations (id) on delete set null,
  created_at timestamptz not null default now(),
  check (expires_at > created_at)
);
alter table public.invitations enable row level security;
create index invitations_inviter_idx on public.invitations (inviter_org_id);
create index invitations_partnership_idx on public.invitations (partnership_id);

-- Section - who may answer
/** Who may answer a registration: the ambassador of its province, its routed organisation, AvZ. */
create or replace function app_private.may_answer(registration public.seeker_registrations)
returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select app_private.is_avz()
    or app_private.is_ambassador_for(registration.province_code)
    or registration.routed_to_org_id = app_private.my_org_id()
$$;

-- Section - read access
revoke select on public.seeker_registrations from anon, authenticated;
grant select (id, organisation_id, site_id, province_code, intent, opleiding, student_count,
              travel_mode, max_minutes, status, routed_to_org_id, answered_at, created_at, updated_at)
  on public.seeker_registrations to anon, authenticated;
revoke all on public.invitations from anon;
grant select on public.invitations to authenticated;

create policy "Anyone can see open seekers" on public.seeker_registrations
  for select to anon using (status = 'open');
create policy "Signed-in users see open and concerning seekers" on public.seeker_registrations
  for select to authenticated
  using (status = 'open'
         or organisation_id = (select app_private.my_org_id())
         or routed_to_org_id = (select app_private.my_org_id())
         or app_private.is_ambassador_for(province_code)
         or (select app_private.is_avz()));

create policy "Inviters and AvZ see invitations" on public.invitations
  for select to authenticated
  using (inviter_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

-- Section - registering
/** Checks the numbers and choices of a registration (SK006 naming the field). */
create or replace function app_private.check_registration_numbers(
  opleiding public.opleiding, student_count integer, travel_mode public.travel_mode,
  max_minutes integer, intent public.seeker_intent
) returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  perform app_private.required(opleiding is null, 'opleiding');
  perform app_private.required(student_count is null or student_count not between 1 and 50, 'student_count');
  perform app_private.required(travel_mode is null, 'travel_mode');
  perform app_private.required(max_minutes is null or max_minutes not between 5 and 90, 'max_minutes');
  perform app_private.required(intent is null, 'intent');
end
$$;

/** Records the students of a site for an opleiding (the public counts behind matching). */
create or replace function app_private.save_demand(
  site uuid, opleiding public.opleiding, student_count integer, travel_mode public.travel_mode,
  max_minutes integer
) returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.demand (site_id, opleiding, student_count, travel_mode, max_minutes)
  values (site, opleiding, student_count, travel_mode, max_minutes)
  on conflict (site_id, opleiding) do update
    set student_count = excluded.student_count, travel_mode = excluded.travel_mode,
        max_minutes = excluded.max_minutes
$$;

/**
 * "Wij zoeken een samenwerkingsverband" / "Wij willen er een oprichten": records the
 * organisation (created if the user has none; organisation_name is for that case), site, demand
 * and contact, and routes the
 * registration to the ambassador of the site's province, or to AvZ if there is none.
 * Idempotent per (user, client_request_id), so a double submit creates one registration; an open
 * registration for the same site and opleiding is updated instead of doubled.
 */
create or replace function public.register_seeker(
  client_request_id uuid,
  site_name text,
  place text,
  lat double precision,
  lng double precision,
  opleiding public.opleiding,
  student_count integer,
  travel_mode public.travel_mode,
  max_minutes integer,
  intent public.seeker_intent,
  contact_name text,
  email text,
  organisation_name text default null,
  phone text default null
)
returns table (
  registration_id uuid, organisation_id uuid, site_id uuid, province_code text,
  routed_to_org_id uuid, routed_to_name text
)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_user();
  org uuid;
  site uuid;
  registration uuid;
begin
  perform app_private.required(client_request_id is null, 'client_request_id');
  select r.id into registration
  from public.seeker_registrations r
  where r.created_by = uid and r.client_request_id = register_seeker.client_request_id;

  if registration is null then
    perform app_private.check_registration_numbers(opleiding, student_count, travel_mode,
                                                   max_minutes, intent);
    perform app_private.checked_text(contact_name, 'contact_name', 2, 120);
    perform app_private.checked_email(email);
    org := app_private.ensure_my_org(uid, organisation_name, contact_name, email, phone);
    site := app_private.upsert_site(org, site_name, place, lat, lng);
    perform app_private.save_demand(site, opleiding, student_count, travel_mode, max_minutes);

    update public.seeker_registrations r
      set intent = register_seeker.intent, student_count = register_seeker.student_count,
          travel_mode = register_seeker.travel_mode, max_minutes = register_seeker.max_minutes
      where r.site_id = site and r.opleiding = register_seeker.opleiding and r.status = 'open'
      returning r.id into registration;
    if registration is not null then
      perform app_private.audit('registration_updated', 'seeker_registration', registration);
    else
      -- province_code and routed_to_org_id are set by the trigger from the site.
      insert into public.seeker_registrations (
        organisation_id, site_id, intent, opleiding, student_count, travel_mode, max_minutes,
        client_request_id, created_by)
      values (org, site, intent, opleiding, student_count, travel_mode, max_minutes,
              client_request_id, uid)
      on conflict on constraint seeker_registrations_created_by_client_request_id_key do nothing
      returning id into registration;

      if registration is null then
        -- A concurrent submit with the same request id won; answer with its registration.
        select r.id into registration from public.seeker_registrations r
        where r.created_by = uid and r.client_request_id = register_seeker.client_request_id;
      else
        perform app_private.audit('registered', 'seeker_registration', registration, null,
          jsonb_build_object('intent', intent, 'opleiding', opleiding));
      end if;
    end if;
  end if;

  return query
    select r.id, r.organisation_id, r.site_id, r.province_code, r.routed_to_org_id, o.name
    from public.seeker_registrations r
    left join public.organisations o on o.id = r.routed_to_org_id
    where r.id = registration;
end
$$;

/** The registrant changes the numbers of its own open registration. */
create or replace function public.update_registration(
  registration uuid,
  student_count integer,
  travel_mode public.travel_mode,
  max_minutes integer,
  intent public.seeker_intent
)
returns table (registration_id uuid, status text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  reg public.seeker_registrations;
begin
  select * into reg from public.seeker_registrations r where r.id = registration for update;
  if reg.id is null or reg.organisation_id <> org then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  if reg.status <> 'open' then
    perform app_private.fail('SK006', 'invalid_input', 'not_open');
  end if;
  perform app_private.check_registration_numbers(reg.opleiding, student_count, travel_mode,
                                                 max_minutes, intent);
  perform app_private.save_demand(reg.site_id, reg.opleiding, student_count, travel_mode, max_minutes);
  update public.seeker_registrations r
    set student_count = update_registration.student_count,
        travel_mode = update_registration.travel_mode,
        max_minutes = update_registration.max_minutes, intent = update_registration.intent
    where r.id = reg.id;
  perform app_private.audit('registration_updated', 'seeker_registration', reg.id);
  return query select r.id, r.status::text from public.seeker_registrations r where r.id = reg.id;
end
$$;

/** The registrant withdraws its own open registration. */
create or replace function public.withdraw_registration(registration uuid)
returns table (registration_id uuid, status text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  reg public.seeker_registrations;
begin
  select * into reg from public.seeker_registrations r where r.id = registration for update;
  if reg.id is null or reg.organisation_id <> org then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  if reg.status <> 'open' then
    perform app_private.fail('SK006', 'invalid_input', 'not_open');
  end if;
  update public.seeker_registrations r set status = 'withdrawn', answered_at = now()
    where r.id = reg.id;
  perform app_private.audit('registration_withdrawn', 'seeker_registration', reg.id);
  return query select r.id, r.status::text from public.seeker_registrations r where r.id = reg.id;
end
$$;

/** The registrations of the caller's organisation, newest first, with the answer it got. */
create or replace function public.my_registrations()
returns table (
  registration_id uuid, site_id uuid, site_name text, place text, province_code text,
  intent text, opleiding text, student_count integer, travel_mode text, max_minutes integer,
  status text, routed_to_org_id uuid, routed_to_name text, answer_note text,
  created_at timestamptz, answered_at timestamptz
)
language sql stable
security definer
set search_path = ''
as $$
  select r.id, r.site_id, s.name, s.place, r.province_code, r.intent::text, r.opleiding::text,
    r.student_count, r.travel_mode::text, r.max_minutes, r.status::text, r.routed_to_org_id,
    o.name, r.answer_note, r.created_at, r.answered_at
  from public.seeker_registrations r
  join public.sites s on s.id = r.site_id
  left join public.organisations o on o.id = r.routed_to_org_id
  where r.organisation_id = app_private.my_org_id()
  order by r.created_at desc
$$;

-- Section - answering (ambassadors, coordinators, AvZ)
/**
 * Open items the caller may act on, oldest first: an ambassador sees those of their provinces,
 * a coordinator the requests for their partnership, AvZ everything. Security definer because
 * it reads the requests' private messages; the filters below are the whole access rule.
 */
create or replace function public.ambassador_inbox()
returns table (
  kind text, id uuid, created_at timestamptz, province_code text,
  organisation_id uuid, organisation_name text, opleiding text, student_count integer,
  travel_mode text, max_minutes integer, site_id uuid, lat double precision, lng double precision,
  place text, partnership_id uuid, partnership_name text, message text
)
language sql stable
security definer
set search_path = ''
as $$
  select 'registration', r.id, r.created_at, r.province_code, r.organisation_id, o.name,
    r.opleiding::text, r.student_count, r.travel_mode::text, r.max_minutes, s.id, s.lat, s.lng,
    s.place, null::uuid, null::text, null::text
  from public.seeker_registrations r
  join public.organisations o on o.id = r.organisation_id
  join public.sites s on s.id = r.site_id
  where r.status = 'open' and r.answered_at is null
    and (app_private.is_ambassador_for(r.province_code)
         or r.routed_to_org_id = app_private.my_org_id()
         or app_private.is_avz())
  union all
  select 'membership', m.id, m.created_at, p.province_code, m.organisation_id, o.name,
    array_to_string(p.opleidingen::text[], ','), null, null, null, s.id, s.lat, s.lng, s.place,
    p.id, p.name, m.message
  from public.memberships m
  join public.partnerships p on p.id = m.partnership_id
  join public.organisations o on o.id = m.organisation_id
  left join lateral (select * from public.sites x where x.organisation_id = m.organisation_id
                     order by x.created_at, x.id limit 1) s on true
  where m.state = 'requested' and app_private.may_steer(p.id)
  order by 3
$$;

/**
 * Answers a registration with a partnership: 'accept' makes the organisation an accepted member
 * (capacity checked under a lock, SK001 when full), 'invite' suggests it (membership 'invited',
 * the organisation decides). The registration is then answered.
 */
create or replace function public.answer_with_partnership(
  registration uuid, partnership uuid, accept boolean
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  reg public.seeker_registrations;
  target public.partnerships;
  existing public.memberships;
  membership uuid;
  new_state public.membership_state := case when accept then 'accepted' else 'invited' end;
begin
  perform app_private.required(accept is null, 'accept');
  select * into reg from public.seeker_registrations r where r.id = registration;
  if reg.id is null then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  target := app_private.lock_partnership(partnership);
  if not (app_private.may_answer(reg) and app_private.may_steer(target.id)) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if reg.status <> 'open' then
    perform app_private.fail('SK006', 'invalid_input', 'not_open');
  end if;
  select * into existing from public.memberships m
  where m.partnership_id = target.id and m.organisation_id = reg.organisation_id;
  if existing.state = 'accepted' then
    membership := existing.id;
  else
    if accept then
      perform app_private.check_seat(target);
    elsif target.status = 'ended' then
      perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
    end if;
    insert into public.memberships (partnership_id, organisation_id, state, decided_by, decided_at)
    values (target.id, reg.organisation_id, new_state, uid, now())
    on conflict (partnership_id, organisation_id) do update
      set state = excluded.state, decided_by = excluded.decided_by, decided_at = now(),
          decision_reason = null, role = 'lid'
    returning id into membership;
    if accept then
      perform app_private.mark_matched(reg.organisation_id, target);
    end if;
    perform app_private.audit(case when accept then 'accepted' else 'invited' end,
      'membership', membership, target.id, jsonb_build_object('registration', reg.id));
  end if;

  update public.seeker_registrations r
    set answered_at = coalesce(r.answered_at, now()),
        status = case when accept or existing.state = 'accepted' then 'matched' else r.status end
    where r.id = reg.id;
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/** Declines a registration with a reason the provider is told ("no room", "too far", …). */
create or replace function public.decline_registration(registration uuid, reason text)
returns table (registration_id uuid, status text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 1000, multiline => true);
  reg public.seeker_registrations;
begin
  select * into reg from public.seeker_registrations r where r.id = registration for update;
  if reg.id is null then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  if not app_private.may_answer(reg) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if reg.status <> 'open' then
    perform app_private.fail('SK006', 'invalid_input', 'not_open');
  end if;
  update public.seeker_registrations r
    set answered_at = now(), status = 'withdrawn', answer_note = checked_reason
    where r.id = reg.id;
  perform app_private.audit('declined', 'seeker_registration', reg.id, null,
    jsonb_build_object('reason', checked_reason, 'by', uid));
  return query select r.id, r.status::text from public.seeker_registrations r where r.id = reg.id;
end
$$;

/**
 * An ambassador (of the meeting site's province) or the AvZ proposes a new partnership to
 * providers whose students can meet: a forming partnership coordinated for now by the proposer's
 * organisation, meeting at the chosen site, with each provider invited (they decide themselves;
 * the coordination can be handed to one of them later). Their open registrations for the
 * opleiding are answered.
 */
create or replace function public.propose_partnership(
  name text,
  opleiding public.opleiding,
  meeting_site uuid,
  organisations uuid[],
  message text default null
)
returns table (partnership_id uuid, invited integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_user();
  org uuid := app_private.require_org();
  checked_name text := app_private.checked_text(name, 'name', 3, 120);
  checked_message text :=
    app_private.checked_text(message, 'message', 1, 1000, required => false, multiline => true);
  site public.sites;
  created uuid;
  invitee uuid;
begin
  perform app_private.required(opleiding is null, 'opleiding');
  select * into site from public.sites s where s.id = meeting_site;
  if site.id is null then
    perform app_private.fail('SK006', 'invalid_input', 'meeting_site');
  end if;
  if not (app_private.is_avz() or app_private.is_ambassador_for(site.province_code)) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if organisations is null or cardinality(organisations) not between 1 and 11
     or array_position(organisations, null) is not null
     or array_position(organisations, org) is not null
     or (select count(distinct o) from unnest(organisations) o) <> cardinality(organisations)
     or (select count(*) from public.organisations o where o.id = any (organisations))
        <> cardinality(organisations) then
    perform app_private.fail('SK006', 'invalid_input', 'organisations');
  end if;
  if exists (select 1 from public.partnerships p where lower(p.name) = lower(checked_name)) then
    perform app_private.fail('SK006', 'invalid_input', 'name_taken');
  end if;

  insert into public.partnerships (name, opleidingen, status, coordinator_org_id, meeting_site_id)
  values (checked_name, array[opleiding], 'forming', org, site.id)
  returning id into created;
  insert into public.memberships (partnership_id, organisation_id, role, state, decided_by, decided_at)
  values (created, org, 'regiehouder', 'accepted', uid, now());
  foreach invitee in array organisations loop
    insert into public.memberships (partnership_id, organisation_id, state, message, decided_by, decided_at)
    values (created, invitee, 'invited', checked_message, uid, now());
  end loop;
  update public.seeker_registrations r set answered_at = now()
  where r.organisation_id = any (organisations) and r.opleiding = propose_partnership.opleiding
    and r.status = 'open' and r.answered_at is null;
  perform app_private.audit('proposed', 'partnership', created, created,
    jsonb_build_object('name', checked_name, 'opleiding', opleiding, 'invited', organisations));
  perform app_private.notify_partnership_founded(created);
  return query select created, cardinality(organisations);
end
$$;

-- Section - invitation links
/**
 * Creates a single-use invitation link token (returned once; only its SHA-256 is stored).
 * Coordinators invite into their partnership, ambassadors into their province, AvZ anywhere.
 */
create or replace function public.create_invitation(
  partnership uuid default null,
  opleiding public.opleiding default null,
  province text default null,
  valid_days integer default 14
)
returns table (invitation_id uuid, token text, expires_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  org uuid := app_private.my_org_id();
  target_province text := province;
  new_token text := encode(sha256(convert_to(
    gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex');
  invitation uuid;
  expiry timestamptz;
begin
  if valid_days is null or valid_days not between 1 and 60 then
    perform app_private.fail('SK006', 'invalid_input', 'valid_days');
  end if;
  if partnership is not null then
    select p.province_code into target_province from public.partnerships p where p.id = partnership;
    if target_province is null then
      perform app_private.fail('SK008', 'not_found', 'partnership');
    end if;
    if not app_private.may_steer(partnership) then
      perform app_private.fail('SK005', 'not_allowed');
    end if;
  else
    if target_province is null or not exists (select 1 from public.provinces p where p.code = target_province) then
      perform app_private.fail('SK006', 'invalid_input', 'province');
    end if;
    if not (app_private.is_avz() or app_private.is_ambassador_for(target_province)) then
      perform app_private.fail('SK005', 'not_allowed');
    end if;
  end if;
  if org is null then
    perform app_private.fail('SK005', 'not_allowed', 'no_organisation');
  end if;

  expiry := now() + make_interval(days => valid_days);
  insert into public.invitations (token_hash, inviter_org_id, created_by, partnership_id,
                                  opleiding, province_code, expires_at)
  values (sha256(convert_to(new_token, 'UTF8')), org, uid, partnership,
          create_invitation.opleiding, target_province, expiry)
  returning id into invitation;
  perform app_private.audit('invitation_link_created', 'invitation', invitation, partnership,
    jsonb_build_object('province', target_province, 'opleiding', create_invitation.opleiding));
  return query select invitation, new_token, expiry;
end
$$;

/** Whether the person who made an invitation may still invite as it says. */
create or replace function app_private.inviter_still_may(invitation public.invitations)
returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select case
    when invitation.partnership_id is not null
      then app_private.user_may_steer(invitation.created_by, invitation.partnership_id)
    else exists (
      select 1 from public.profiles me
      where me.user_id = invitation.created_by
        and (me.role = 'avz_coordinator'
             or exists (select 1 from public.ambassadors a
                        where a.province_code = invitation.province_code
                          and a.organisation_id = me.organisation_id)))
  end
$$;

/**
 * Redeems an invitation token for the signed-in newcomer: claims it atomically (single use),
 * checks that the inviter may still invite, creates the organisation and site when needed, and
 * makes the organisation an accepted member of the invitation's partnership (seat checked under
 * the partnership's lock), or a seeker in the inviter's province when there is none.
 */
create or replace function public.accept_invitation(
  token text,
  organisation_name text default null,
  site_name text default null,
  place text default null,
  lat double precision default null,
  lng double precision default null,
  contact_name text default null,
  email text default null,
  phone text default null
)
returns table (organisation_id uuid, partnership_id uuid, membership_id uuid, membership_state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  hash bytea;
  invitation public.invitations;
  target public.partnerships;
  org uuid;
  site uuid;
  membership uuid;
begin
  if token is null or token !~ '^[0-9a-f]{64}$' then
    perform app_private.fail('SK004', 'invitation_invalid');
  end if;
  hash := sha256(convert_to(token, 'UTF8'));

  update public.invitations i set used_at = now()
  where i.token_hash = hash and i.used_at is null and i.expires_at > now()
  returning * into invitation;

  if invitation.id is null then
    select * into invitation from public.invitations i where i.token_hash = hash;
    if invitation.id is null then
      perform app_private.fail('SK004', 'invitation_invalid');
    elsif invitation.used_at is not null then
      perform app_private.fail('SK002', 'invitation_used');
    else
      perform app_private.fail('SK003', 'invitation_expired');
    end if;
  end if;
  if not app_private.inviter_still_may(invitation) then
    perform app_private.fail('SK004', 'invitation_invalid', 'inviter_no_longer_steers');
  end if;

  org := app_private.ensure_my_org(uid, organisation_name, contact_name, email, phone);
  update public.invitations i set used_by_org_id = org where i.id = invitation.id;
  if site_name is not null then
    site := app_private.upsert_site(org, site_name, coalesce(place, site_name), lat, lng);
  end if;

  if invitation.partnership_id is not null then
    target := app_private.lock_partnership(invitation.partnership_id);
    if not exists (select 1 from public.memberships m
                   where m.partnership_id = target.id and m.organisation_id = org
                     and m.state = 'accepted') then
      perform app_private.check_seat(target);
    end if;
    insert into public.memberships (partnership_id, organisation_id, state, decided_by, decided_at)
    values (target.id, org, 'accepted', invitation.created_by, now())
    on conflict on constraint memberships_partnership_id_organisation_id_key do update
      set state = 'accepted', decided_by = excluded.decided_by, decided_at = now()
    returning id into membership;
    perform app_private.mark_matched(org, target);
  elsif site is not null and invitation.opleiding is not null then
    insert into public.seeker_registrations (
      organisation_id, site_id, intent, opleiding, student_count, client_request_id, created_by)
    values (org, site, 'join', invitation.opleiding, 1, gen_random_uuid(), uid)
    on conflict (site_id, opleiding) where status = 'open' do nothing;
  end if;

  perform app_private.audit('invitation_link_used', 'invitation', invitation.id,
    invitation.partnership_id, jsonb_build_object('organisation', org));
  return query
    select org, invitation.partnership_id, membership,
           (select m.state::text from public.memberships m where m.id = membership);
end
$$;

-- Section - map reads
/** Sites in a bounding box with their public demand, open seeker registrations and memberships. */
create or replace function public.sites_in_bbox(
  min_lng double precision, min_lat double precision,
  max_lng double precision, max_lat double precision
)
returns table (
  id uuid, organisation_id uuid, organisation_name text, organisation_kind text,
  name text, place text, lat double precision, lng double precision, province_code text,
  is_practice_place boolean, demand jsonb, seeking jsonb, partnership_ids uuid[]
)
language sql stable
security invoker
set search_path = ''
as $$
  select s.id, s.organisation_id, o.name, o.kind::text, s.name, s.place, s.lat, s.lng,
    s.province_code, s.is_practice_place,
    coalesce((select jsonb_agg(jsonb_build_object(
                'opleiding', d.opleiding, 'student_count', d.student_count,
                'travel_mode', d.travel_mode, 'max_minutes', d.max_minutes) order by d.opleiding)
              from public.demand d where d.site_id = s.id), '[]'::jsonb),
    coalesce((select jsonb_agg(jsonb_build_object(
                'id', r.id, 'intent', r.intent, 'opleiding', r.opleiding,
                'student_count', r.student_count, 'created_at', r.created_at) order by r.created_at)
              from public.seeker_registrations r where r.site_id = s.id and r.status = 'open'),
             '[]'::jsonb),
    coalesce((select array_agg(m.partnership_id order by m.partnership_id)
              from public.memberships m
              where m.organisation_id = s.organisation_id and m.state = 'accepted'), '{}')
  from public.sites s
  join public.organisations o on o.id = s.organisation_id
  where s.lng between min_lng and max_lng and s.lat between min_lat and max_lat
  order by s.id
$$;

-- Section - grants
revoke all on all functions in schema app_private from public;

grant execute on function public.sites_in_bbox(double precision, double precision, double precision, double precision) to anon, authenticated;
grant execute on function public.register_seeker(uuid, text, text, double precision, double precision, public.opleiding, integer, public.travel_mode, integer, public.seeker_intent, text, text, text, text) to authenticated;
grant execute on function public.update_registration(uuid, integer, public.travel_mode, integer, public.seeker_intent) to authenticated;
grant execute on function public.withdraw_registration(uuid) to authenticated;
grant execute on function public.my_registrations() to authenticated;
grant execute on function public.ambassador_inbox() to authenticated;
grant execute on function public.answer_with_partnership(uuid, uuid, boolean) to authenticated;
grant execute on function public.decline_registration(uuid, text) to authenticated;
grant execute on function public.propose_partnership(text, public.opleiding, uuid, uuid[], text) to authenticated;
grant execute on function public.create_invitation(uuid, public.opleiding, text, integer) to authenticated;
grant execute on function public.accept_invitation(text, text, text, text, double precision, double precision, text, text, text) to authenticated;
