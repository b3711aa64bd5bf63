-- Partnerships (samenwerkingsverbanden), their members and agreements, and the ambassador
-- organisations that welcome newcomers per province. Every change goes through the functions at
-- the end of this file; each checks who may make it, locks the partnership where a seat or the
-- coordination is at stake, and writes the audit trail.

-- Section - types
create type public.partnership_scheme as enum ('brancheopleiding', 'top');
create type public.partnership_status as enum ('seeking', 'forming', 'active', 'ended');
create type public.membership_state as enum ('requested', 'invited', 'accepted', 'declined', 'left');
create type public.membership_role as enum ('lid', 'regiehouder');
create type public.agreement_item as enum (
  'subsidieaanvrager', 'trainers', 'werkbegeleiders', 'groepslocatie', 'praktijkplaatsen'
);

-- Section - partnerships
/**
 * A regional partnership. Its province is that of its meeting site (where group sessions are
 * held), derived in the database. Dates make the status reconstructible for any past day.
 * pending_coordinator_org_id: a member offered the coordination, until it accepts.
 */
create table public.partnerships (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (char_length(btrim(name)) between 3 and 120),
  scheme public.partnership_scheme not null default 'brancheopleiding',
  opleidingen public.opleiding[] not null check (cardinality(opleidingen) between 1 and 3),
  status public.partnership_status not null default 'forming',
  coordinator_org_id uuid not null references public.organisations (id) on delete restrict,
  pending_coordinator_org_id uuid references public.organisations (id) on delete set null,
  meeting_site_id uuid not null references public.sites (id) on delete restrict,
  province_code text not null references public.provinces (code),
  max_members integer not null default 12 check (max_members between 2 and 50),
  formed_on date not null default current_date,
  start_date date,
  end_date date,
  training_year integer check (training_year between 2020 and 2040),
  description text check (description is null or char_length(description) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'active' or start_date is not null),
  check (status <> 'ended' or end_date is not null),
  check (start_date is null or start_date >= formed_on),
  check (end_date is null or (start_date is not null and end_date >= start_date)),
  check (pending_coordinator_org_id is distinct from coordinator_org_id)
);
alter table public.partnerships enable row level security;
create index partnerships_province_idx on public.partnerships (province_code);
create index partnerships_coordinator_idx on public.partnerships (coordinator_org_id);
create index partnerships_meeting_site_idx on public.partnerships (meeting_site_id);
create trigger partnerships_touch before update on public.partnerships
  for each row execute function app_private.touch_updated_at();

/** The province of a partnership follows its meeting site, on every insert and update. */
create or replace function app_private.set_partnership_province() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select s.province_code into new.province_code from public.sites s where s.id = new.meeting_site_id;
  return new;
end
$$;
create trigger partnerships_province before insert or update on public.partnerships
  for each row execute function app_private.set_partnership_province();

/** When a site moves to another province, the partnerships meeting there move with it. */
create or replace function app_private.follow_site_province() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.partnerships p set province_code = new.province_code
  where p.meeting_site_id = new.id and p.province_code <> new.province_code;
  return new;
end
$$;
create trigger sites_partnerships_province after update of province_code on public.sites
  for each row execute function app_private.follow_site_province();

/** Status of a partnership on a given day, from its dates (seeking stays seeking until formed). */
create or replace function public.partnership_status_on(p public.partnerships, on_day date)
returns public.partnership_status
language sql immutable
set search_path = ''
as $$
  select case
    when p.formed_on > on_day then null
    when p.end_date is not null and p.end_date < on_day then 'ended'::public.partnership_status
    when p.start_date is not null and p.start_date <= on_day then 'active'::public.partnership_status
    when p.status = 'seeking' then 'seeking'::public.partnership_status
    else 'forming'::public.partnership_status
  end
$$;

-- Section - memberships
/**
 * An organisation's place in a partnership: it asked (requested) or was invited, and then was
 * accepted or declined, or left. message, decision_reason and decided_by are private.
 */
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.membership_role not null default 'lid',
  state public.membership_state not null default 'requested',
  message text check (message is null or char_length(message) <= 1000),
  decision_reason text check (decision_reason is null or char_length(decision_reason) <= 1000),
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (partnership_id, organisation_id)
);
alter table public.memberships enable row level security;
create index memberships_organisation_idx on public.memberships (organisation_id);
create index memberships_state_idx on public.memberships (partnership_id, state);
create trigger memberships_touch before update on public.memberships
  for each row execute function app_private.touch_updated_at();

-- Section - agreements
/** The agreements every partnership makes (subsidy applicant, trainers, …) and whether settled. */
create table public.agreements (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  item public.agreement_item not null,
  responsible_org_id uuid references public.organisations (id) on delete set null,
  done boolean not null default false,
  note text check (note is null or char_length(note) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (partnership_id, item)
);
alter table public.agreements enable row level security;
create index agreements_partnership_idx on public.agreements (partnership_id);
create index agreements_responsible_idx on public.agreements (responsible_org_id);
create trigger agreements_touch before update on public.agreements
  for each row execute function app_private.touch_updated_at();

-- Section - ambassadors
/** The organisation(s) that welcome newcomers in a province: a public role they took on. */
create table public.ambassadors (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  province_code text not null references public.provinces (code),
  region_note text check (region_note is null or char_length(region_note) <= 200),
  created_at timestamptz not null default now(),
  unique (province_code, organisation_id)
);
alter table public.ambassadors enable row level security;
create index ambassadors_organisation_idx on public.ambassadors (organisation_id);

-- Section - who may do what
/** Whether the user's organisation is ambassador for the province. */
create or replace function app_private.is_ambassador_for(province text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.ambassadors a
    where a.province_code = province and a.organisation_id = app_private.my_org_id()
  )
$$;

/** Whether the user's organisation coordinates (is regiehouder of) the partnership. */
create or replace function app_private.coordinates(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.partnerships p
    where p.id = partnership and p.coordinator_org_id = app_private.my_org_id()
  )
$$;

/**
 * Whether a given person may steer the partnership: its coordinator organisation, the
 * ambassador of its province, or an AvZ coordinator. Not tied to the caller, so an invitation
 * can be checked against the inviter's right when it is used.
 */
create or replace function app_private.user_may_steer(person uuid, partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1
    from public.profiles me
    join public.partnerships p on p.id = partnership
    where me.user_id = person
      and (me.role = 'avz_coordinator'
           or p.coordinator_org_id = me.organisation_id
           or exists (select 1 from public.ambassadors a
                      where a.province_code = p.province_code
                        and a.organisation_id = me.organisation_id))
  )
$$;

/** Whether the signed-in user may steer the partnership. */
create or replace function app_private.may_steer(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.user_may_steer((select auth.uid()), partnership)
$$;

/** Whether the user's organisation is an accepted member or the coordinator of the partnership. */
create or replace function app_private.belongs_to(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.coordinates(partnership) or exists (
    select 1 from public.memberships m
    where m.partnership_id = partnership and m.state = 'accepted'
      and m.organisation_id = app_private.my_org_id()
  )
$$;

/** Whether accepting one more member would exceed the partnership's capacity. */
create or replace function app_private.is_full(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select count(*) >= (select p.max_members from public.partnerships p where p.id = partnership)
  from public.memberships m
  where m.partnership_id = partnership and m.state = 'accepted'
$$;

/**
 * The partnership, locked for the rest of the transaction (every seat and coordination change
 * takes this lock first, so concurrent accepts queue up), or SK008.
 */
create or replace function app_private.lock_partnership(partnership uuid)
returns public.partnerships
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
begin
  select * into target from public.partnerships p where p.id = partnership for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'partnership');
  end if;
  return target;
end
$$;

/** The caller's organisation, or SK005 when the signed-in user has none. */
create or replace function app_private.require_org() returns uuid
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  org uuid := app_private.my_org_id();
begin
  perform app_private.require_user();
  if org is null then
    perform app_private.fail('SK005', 'not_allowed', 'no_organisation');
  end if;
  return org;
end
$$;

/** Accepting one more member: refused when the partnership has ended or is full (SK001). */
create or replace function app_private.check_seat(target public.partnerships) returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if target.status = 'ended' then
    perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
  end if;
  if app_private.is_full(target.id) then
    perform app_private.fail('SK001', 'capacity_exceeded', target.max_members::text);
  end if;
end
$$;

/** An accepted member's open registrations for the partnership's opleidingen are matched. */
create or replace function app_private.mark_matched(org uuid, target public.partnerships)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- seeker_registrations is created in the onboarding migration; plpgsql resolves it at run time.
  update public.seeker_registrations r
    set status = 'matched', answered_at = coalesce(r.answered_at, now())
    where r.organisation_id = org and r.status = 'open' and r.opleiding = any (target.opleidingen);
end
$$;

-- Section - read access
grant select on public.partnerships, public.ambassadors to anon, authenticated;
revoke select on public.memberships from anon, authenticated;
grant select (id, partnership_id, organisation_id, role, state, decided_at, created_at, updated_at)
  on public.memberships to anon, authenticated;
revoke all on public.agreements from anon;
grant select on public.agreements to authenticated;
grant select on public.audit_log to authenticated;

create policy "Anyone can read partnerships" on public.partnerships
  for select to anon using (true);
create policy "Signed-in users can read partnerships" on public.partnerships
  for select to authenticated using (true);

create policy "Anyone can see accepted members" on public.memberships
  for select to anon using (state = 'accepted');
create policy "Members see accepted, own and steered memberships" on public.memberships
  for select to authenticated
  using (state = 'accepted'
         or organisation_id = (select app_private.my_org_id())
         or app_private.may_steer(partnership_id));

create policy "Members and steering roles see agreements" on public.agreements
  for select to authenticated
  using (app_private.belongs_to(partnership_id) or app_private.may_steer(partnership_id));

create policy "Anyone can see ambassadors" on public.ambassadors
  for select to anon using (true);
create policy "Signed-in users can see ambassadors" on public.ambassadors
  for select to authenticated using (true);

create policy "Coordinators and AvZ read the audit trail" on public.audit_log
  for select to authenticated
  using (app_private.coordinates(partnership_id) or (select app_private.is_avz()));

-- Section - founding and settings
/**
 * Founds a partnership from one of the caller's organisation's sites. The organisation becomes
 * its coordinator (regiehouder) and first accepted member; the status starts at seeking or
 * forming. The province follows the meeting site.
 */
create or replace function public.found_partnership(
  name text,
  opleidingen public.opleiding[],
  meeting_site uuid,
  scheme public.partnership_scheme default 'brancheopleiding',
  status public.partnership_status default 'forming',
  description text default null
)
returns table (partnership_id uuid, province_code text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  checked_name text := app_private.checked_text(name, 'name', 3, 120);
  checked_description text :=
    app_private.checked_text(description, 'description', 1, 2000, required => false, multiline => true);
  created uuid;
begin
  perform app_private.required(scheme is null, 'scheme');
  if opleidingen is null or cardinality(opleidingen) not between 1 and 3
     or array_position(opleidingen, null) is not null
     or (select count(distinct o) from unnest(opleidingen) o) <> cardinality(opleidingen) then
    perform app_private.fail('SK006', 'invalid_input', 'opleidingen');
  end if;
  if status is null or status not in ('seeking', 'forming') then
    perform app_private.fail('SK006', 'invalid_input', 'status');
  end if;
  if meeting_site is null or not exists (
    select 1 from public.sites s where s.id = meeting_site and s.organisation_id = org
  ) then
    perform app_private.fail('SK006', 'invalid_input', 'meeting_site');
  end if;
  if exists (select 1 from public.partnerships p where lower(p.name) = lower(checked_name)) then
    perform app_private.fail('SK006', 'invalid_input', 'name_taken');
  end if;

  insert into public.partnerships (name, scheme, opleidingen, status, coordinator_org_id,
                                   meeting_site_id, description)
  values (checked_name, scheme, opleidingen, status, org, meeting_site, checked_description)
  returning id into created;
  insert into public.memberships (partnership_id, organisation_id, role, state, decided_by, decided_at)
  values (created, org, 'regiehouder', 'accepted', auth.uid(), now());
  perform app_private.audit('founded', 'partnership', created, created,
    jsonb_build_object('name', checked_name, 'opleidingen', opleidingen));
  perform app_private.notify_partnership_founded(created);
  return query select p.id, p.province_code from public.partnerships p where p.id = created;
end
$$;

/** The AvZ sets how many organisations a partnership takes (never below its accepted members). */
create or replace function public.set_max_members(partnership uuid, max_members integer)
returns table (partnership_id uuid, capacity integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
begin
  perform app_private.require_user();
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  target := app_private.lock_partnership(partnership);
  if max_members is null or max_members not between 2 and 50
     or max_members < (select count(*) from public.memberships m
                       where m.partnership_id = target.id and m.state = 'accepted') then
    perform app_private.fail('SK006', 'invalid_input', 'max_members');
  end if;
  update public.partnerships p set max_members = set_max_members.max_members where p.id = target.id;
  perform app_private.audit('capacity_changed', 'partnership', target.id, target.id,
    jsonb_build_object('from', target.max_members, 'to', max_members));
  return query select target.id, max_members;
end
$$;

-- Section - joining: requests
/** Asks to join a partnership for the caller's organisation (again, after a decline or leave). */
create or replace function public.request_membership(partnership uuid, message text default null)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  org uuid := app_private.require_org();
  checked_message text :=
    app_private.checked_text(message, 'message', 1, 1000, required => false, multiline => true);
  target public.partnerships;
  existing public.memberships;
  membership uuid;
begin
  perform app_private.required(partnership is null, 'partnership');
  select * into target from public.partnerships p where p.id = partnership;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'partnership');
  end if;
  if target.status = 'ended' then
    perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
  end if;
  select * into existing from public.memberships m
  where m.partnership_id = target.id and m.organisation_id = org;
  if existing.state = 'invited' then
    perform app_private.fail('SK006', 'invalid_input', 'already_invited');
  end if;

  insert into public.memberships (partnership_id, organisation_id, state, message)
  values (target.id, org, 'requested', checked_message)
  on conflict (partnership_id, organisation_id) do update
    set state = 'requested', message = excluded.message, decided_by = null, decided_at = null,
        decision_reason = null, role = 'lid'
    where public.memberships.state in ('declined', 'left')
  returning id into membership;

  if membership is null then
    membership := existing.id;
  else
    perform app_private.audit('requested', 'membership', membership, target.id, '{}');
  end if;
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/** The asking organisation takes back its own open request. */
create or replace function public.withdraw_request(membership uuid)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  org uuid := app_private.require_org();
  current_row public.memberships;
begin
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null or current_row.organisation_id <> org then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  if current_row.state <> 'requested' then
    perform app_private.fail('SK006', 'invalid_input', 'not_requested');
  end if;
  delete from public.memberships m where m.id = current_row.id;
  perform app_private.audit('request_withdrawn', 'membership', current_row.id,
    current_row.partnership_id, '{}');
  return query select current_row.id, 'withdrawn'::text;
end
$$;

/**
 * Accepts or declines a request to join. Only the partnership's coordinator, its province's
 * ambassador or the AvZ decide; invitations are answered by the invited organisation itself
 * (respond_to_invitation). The partnership is locked, so concurrent accepts cannot together
 * exceed max_members (SK001).
 */
create or replace function public.decide_membership(
  membership uuid, accept boolean, reason text default null
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  checked_reason text :=
    app_private.checked_text(reason, 'reason', 1, 1000, required => false, multiline => true);
  current_row public.memberships;
  target public.partnerships;
  new_state public.membership_state := case when accept then 'accepted' else 'declined' end;
begin
  perform app_private.required(accept is null, 'accept');
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  target := app_private.lock_partnership(current_row.partnership_id);
  if not app_private.may_steer(target.id) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  -- Re-read under the lock: another decision may have landed while we waited.
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.state = new_state then
    return query select current_row.id, current_row.state::text;
    return;
  end if;
  if current_row.state <> 'requested' then
    perform app_private.fail('SK006', 'invalid_input', 'not_requested');
  end if;
  if accept then
    perform app_private.check_seat(target);
  end if;

  update public.memberships m
    set state = new_state, decided_by = uid, decided_at = now(), decision_reason = checked_reason
    where m.id = current_row.id;
  if accept then
    perform app_private.mark_matched(current_row.organisation_id, target);
  end if;
  perform app_private.audit(case when accept then 'accepted' else 'declined' end,
    'membership', current_row.id, target.id, jsonb_build_object('reason', checked_reason));
  return query select m.id, m.state::text from public.memberships m where m.id = current_row.id;
end
$$;

-- Section - joining: invitations
/**
 * Invites an organisation into a partnership (coordinator, ambassador of its province, AvZ).
 * The organisation decides itself; until it accepts, neither side's contact details open.
 */
create or replace function public.invite_organisation(
  partnership uuid, organisation uuid, message text default null
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  checked_message text :=
    app_private.checked_text(message, 'message', 1, 1000, required => false, multiline => true);
  target public.partnerships;
  existing public.memberships;
  membership uuid;
begin
  perform app_private.required(organisation is null, 'organisation');
  target := app_private.lock_partnership(partnership);
  if not app_private.may_steer(target.id) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if target.status = 'ended' then
    perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
  end if;
  if not exists (select 1 from public.organisations o where o.id = organisation) then
    perform app_private.fail('SK008', 'not_found', 'organisation');
  end if;
  select * into existing from public.memberships m
  where m.partnership_id = target.id and m.organisation_id = organisation;
  if existing.state = 'accepted' then
    perform app_private.fail('SK006', 'invalid_input', 'already_member');
  elsif existing.state = 'requested' then
    perform app_private.fail('SK006', 'invalid_input', 'already_requested');
  elsif existing.state = 'invited' then
    return query select existing.id, existing.state::text;
    return;
  end if;

  insert into public.memberships (partnership_id, organisation_id, state, message, decided_by, decided_at)
  values (target.id, organisation, 'invited', checked_message, uid, now())
  on conflict (partnership_id, organisation_id) do update
    set state = 'invited', message = excluded.message, decided_by = excluded.decided_by,
        decided_at = now(), decision_reason = null, role = 'lid'
  returning id into membership;
  perform app_private.audit('invited', 'membership', membership, target.id,
    jsonb_build_object('organisation', organisation));
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/** Takes back an invitation the invited organisation has not answered yet. */
create or replace function public.withdraw_invitation(membership uuid)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  current_row public.memberships;
  target public.partnerships;
begin
  perform app_private.require_user();
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  target := app_private.lock_partnership(current_row.partnership_id);
  if not app_private.may_steer(target.id) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.state <> 'invited' then
    perform app_private.fail('SK006', 'invalid_input', 'not_invited');
  end if;
  delete from public.memberships m where m.id = current_row.id;
  perform app_private.audit('invitation_withdrawn', 'membership', current_row.id, target.id,
    jsonb_build_object('organisation', current_row.organisation_id));
  return query select current_row.id, 'withdrawn'::text;
end
$$;

/**
 * The invited organisation accepts or declines. Accepting takes a seat under the partnership's
 * lock (SK001 when full) and checks that whoever invited may still steer the partnership.
 */
create or replace function public.respond_to_invitation(
  membership uuid, accept boolean, reason text default null
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  org uuid := app_private.require_org();
  checked_reason text :=
    app_private.checked_text(reason, 'reason', 1, 1000, required => false, multiline => true);
  current_row public.memberships;
  target public.partnerships;
begin
  perform app_private.required(accept is null, 'accept');
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null or current_row.organisation_id <> org then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  target := app_private.lock_partnership(current_row.partnership_id);
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.state <> 'invited' then
    perform app_private.fail('SK006', 'invalid_input', 'not_invited');
  end if;
  if accept then
    if current_row.decided_by is null
       or not app_private.user_may_steer(current_row.decided_by, target.id) then
      perform app_private.fail('SK005', 'not_allowed', 'inviter_no_longer_steers');
    end if;
    perform app_private.check_seat(target);
  end if;

  update public.memberships m
    set state = case when accept then 'accepted' else 'declined' end::public.membership_state,
        decision_reason = checked_reason, decided_at = now()
    where m.id = current_row.id;
  if accept then
    perform app_private.mark_matched(org, target);
  end if;
  perform app_private.audit(case when accept then 'invitation_accepted' else 'invitation_declined' end,
    'membership', current_row.id, target.id, jsonb_build_object('reason', checked_reason, 'by', uid));
  return query select m.id, m.state::text from public.memberships m where m.id = current_row.id;
end
$$;

-- Section - leaving
/** The caller's organisation leaves a partnership; the coordinator hands over first. */
create or replace function public.leave_partnership(partnership uuid, reason text default null)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  org uuid := app_private.require_org();
  checked_reason text :=
    app_private.checked_text(reason, 'reason', 1, 1000, required => false, multiline => true);
  target public.partnerships := app_private.lock_partnership(partnership);
  current_row public.memberships;
begin
  select * into current_row from public.memberships m
  where m.partnership_id = target.id and m.organisation_id = org;
  if current_row.id is null or current_row.state <> 'accepted' then
    perform app_private.fail('SK006', 'invalid_input', 'not_a_member');
  end if;
  if target.coordinator_org_id = org then
    perform app_private.fail('SK006', 'invalid_input', 'coordinator_must_hand_over');
  end if;
  update public.memberships m
    set state = 'left', decision_reason = checked_reason, decided_by = auth.uid(),
        decided_at = now(), role = 'lid'
    where m.id = current_row.id;
  update public.partnerships p set pending_coordinator_org_id = null
    where p.id = target.id and p.pending_coordinator_org_id = org;
  perform app_private.audit('left', 'membership', current_row.id, target.id,
    jsonb_build_object('reason', checked_reason));
  return query select m.id, m.state::text from public.memberships m where m.id = current_row.id;
end
$$;

/** The coordinator or the AvZ removes a member (never the coordinator itself), with a reason. */
create or replace function public.remove_member(membership uuid, reason text)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 1000, multiline => true);
  current_row public.memberships;
  target public.partnerships;
begin
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  target := app_private.lock_partnership(current_row.partnership_id);
  if not (app_private.coordinates(target.id) or app_private.is_avz()) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if current_row.state <> 'accepted' then
    perform app_private.fail('SK006', 'invalid_input', 'not_a_member');
  end if;
  if current_row.organisation_id = target.coordinator_org_id then
    perform app_private.fail('SK006', 'invalid_input', 'coordinator_must_hand_over');
  end if;
  update public.memberships m
    set state = 'left', decision_reason = checked_reason, decided_by = uid, decided_at = now(),
        role = 'lid'
    where m.id = current_row.id;
  update public.partnerships p set pending_coordinator_org_id = null
    where p.id = target.id and p.pending_coordinator_org_id = current_row.organisation_id;
  perform app_private.audit('removed', 'membership', current_row.id, target.id,
    jsonb_build_object('reason', checked_reason));
  return query select m.id, m.state::text from public.memberships m where m.id = current_row.id;
end
$$;

-- Section - handing over coordination
/** The coordinator (or the AvZ) offers the coordination to another accepted member. */
create or replace function public.hand_over_coordination(partnership uuid, organisation uuid)
returns table (partnership_id uuid, pending_coordinator_org_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
begin
  perform app_private.require_user();
  perform app_private.required(organisation is null, 'organisation');
  target := app_private.lock_partnership(partnership);
  if not (app_private.coordinates(target.id) or app_private.is_avz()) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if organisation = target.coordinator_org_id or not exists (
    select 1 from public.memberships m
    where m.partnership_id = target.id and m.organisation_id = organisation and m.state = 'accepted'
  ) then
    perform app_private.fail('SK006', 'invalid_input', 'organisation');
  end if;
  update public.partnerships p set pending_coordinator_org_id = organisation where p.id = target.id;
  perform app_private.audit('coordination_offered', 'partnership', target.id, target.id,
    jsonb_build_object('to', organisation));
  return query select target.id, organisation;
end
$$;

/** The organisation offered the coordination accepts (and becomes regiehouder) or declines. */
create or replace function public.respond_to_handover(partnership uuid, accept boolean)
returns table (partnership_id uuid, coordinator_org_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := app_private.require_org();
  target public.partnerships;
begin
  perform app_private.required(accept is null, 'accept');
  target := app_private.lock_partnership(partnership);
  if target.pending_coordinator_org_id is distinct from org then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if accept then
    update public.memberships m set role = 'lid'
      where m.partnership_id = target.id and m.organisation_id = target.coordinator_org_id;
    update public.memberships m set role = 'regiehouder'
      where m.partnership_id = target.id and m.organisation_id = org;
    update public.partnerships p
      set coordinator_org_id = org, pending_coordinator_org_id = null
      where p.id = target.id;
  else
    update public.partnerships p set pending_coordinator_org_id = null where p.id = target.id;
  end if;
  perform app_private.audit(case when accept then 'coordination_accepted' else 'coordination_declined' end,
    'partnership', target.id, target.id,
    jsonb_build_object('from', target.coordinator_org_id, 'to', org));
  return query select p.id, p.coordinator_org_id from public.partnerships p where p.id = target.id;
end
$$;

-- Section - ambassador registry
-- (Both return two columns: PostgREST unwraps a one-column result to bare values.)
/** AvZ assigns an organisation as ambassador of a province. */
create or replace function public.assign_ambassador(organisation uuid, province text, note text default null)
returns table (ambassador_id uuid, province_code text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  checked_note text := app_private.checked_text(note, 'note', 1, 200, required => false);
  created uuid;
begin
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if organisation is null or not exists (select 1 from public.organisations o where o.id = organisation) then
    perform app_private.fail('SK006', 'invalid_input', 'organisation');
  end if;
  if province is null or not exists (select 1 from public.provinces p where p.code = province) then
    perform app_private.fail('SK006', 'invalid_input', 'province');
  end if;
  insert into public.ambassadors (organisation_id, province_code, region_note)
  values (organisation, province, checked_note)
  on conflict (province_code, organisation_id) do update set region_note = excluded.region_note
  returning id into created;
  perform app_private.audit('ambassador_assigned', 'ambassador', created, null,
    jsonb_build_object('province', province, 'organisation', organisation, 'by', uid));
  return query select created, province;
end
$$;

/** AvZ removes an organisation as ambassador of a province. */
create or replace function public.remove_ambassador(organisation uuid, province text)
returns table (removed boolean, province_code text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := app_private.require_user();
  removed_id uuid;
begin
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  delete from public.ambassadors a
  where a.organisation_id = organisation and a.province_code = province
  returning a.id into removed_id;
  if removed_id is not null then
    perform app_private.audit('ambassador_removed', 'ambassador', removed_id, null,
      jsonb_build_object('province', province, 'organisation', organisation, 'by', uid));
  end if;
  return query select removed_id is not null, province;
end
$$;

-- Section - reads
/**
 * The students of a partnership per opleiding: those of accepted members' sites that reach its
 * meeting site within their own travel limit (students travel to where the group meets). The
 * browser's matching model (src/domain/matching) counts the same way; a test compares.
 */
create or replace function app_private.partnership_students(partnership uuid)
returns jsonb
language sql stable
security definer
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(x.opleiding, x.students), '{}'::jsonb)
  from (
    select d.opleiding::text as opleiding, sum(d.student_count)::integer as students
    from public.partnerships p
    join public.sites meeting on meeting.id = p.meeting_site_id
    join public.memberships m on m.partnership_id = p.id and m.state = 'accepted'
    join public.sites ms on ms.organisation_id = m.organisation_id
    join public.demand d on d.site_id = ms.id and d.opleiding = any (p.opleidingen)
    where p.id = partnership
      and app_private.reaches(ms.lat, ms.lng, d.travel_mode, d.max_minutes, meeting.lat, meeting.lng)
    group by d.opleiding
  ) x
$$;

/** Partnerships whose meeting site lies in a bounding box, with public fields only. */
create or replace function public.partnerships_in_bbox(
  min_lng double precision, min_lat double precision,
  max_lng double precision, max_lat double precision
)
returns table (
  id uuid, name text, scheme text, opleidingen text[], status text, province_code text,
  place text, lat double precision, lng double precision,
  coordinator_org_id uuid, coordinator_name text,
  member_count integer, max_members integer, students jsonb,
  start_date date, training_year integer
)
language sql stable
security invoker
set search_path = ''
as $$
  select p.id, p.name, p.scheme::text, p.opleidingen::text[], p.status::text, p.province_code,
    s.place, s.lat, s.lng, p.coordinator_org_id, o.name,
    (select count(*) from public.memberships m
     where m.partnership_id = p.id and m.state = 'accepted')::integer,
    p.max_members,
    app_private.partnership_students(p.id),
    p.start_date, p.training_year
  from public.partnerships p
  join public.sites s on s.id = p.meeting_site_id
  join public.organisations o on o.id = p.coordinator_org_id
  where s.lng between min_lng and max_lng and s.lat between min_lat and max_lat
  order by p.name
$$;

/**
 * Who the caller is, for the interface: profile, organisation and ambassador provinces. A
 * signed-in user without a profile yet (a newcomer) gets a row too, without organisation; a
 * visitor gets none. Security definer: it reads only the caller's own profile.
 */
create or replace function public.my_identity()
returns table (
  user_id uuid, display_name text, role text, organisation_id uuid, organisation_name text,
  ambassador_provinces text[], coordinated_partnerships uuid[]
)
language sql stable
security definer
set search_path = ''
as $$
  select me.uid, coalesce(p.display_name, ''), coalesce(p.role::text, 'medewerker'),
    p.organisation_id, o.name,
    coalesce((select array_agg(a.province_code order by a.province_code)
              from public.ambassadors a where a.organisation_id = p.organisation_id), '{}'),
    coalesce((select array_agg(pp.id order by pp.name)
              from public.partnerships pp where pp.coordinator_org_id = p.organisation_id), '{}')
  from (select auth.uid() as uid) me
  left join public.profiles p on p.user_id = me.uid
  left join public.organisations o on o.id = p.organisation_id
  where me.uid is not null
$$;

/**
 * The memberships of the caller's organisation in every state, with the private message and
 * reason (its own), newest first: requests to follow, invitations to answer, coordination offers.
 */
create or replace function public.my_memberships()
returns table (
  membership_id uuid, partnership_id uuid, partnership_name text, province_code text,
  opleidingen text[], partnership_status text, role text, state text, message text,
  decision_reason text, created_at timestamptz, decided_at timestamptz,
  coordination_offered boolean
)
language sql stable
security definer
set search_path = ''
as $$
  select m.id, p.id, p.name, p.province_code, p.opleidingen::text[], p.status::text,
    m.role::text, m.state::text, m.message, m.decision_reason, m.created_at, m.decided_at,
    p.pending_coordinator_org_id is not distinct from m.organisation_id
  from public.memberships m
  join public.partnerships p on p.id = m.partnership_id
  where m.organisation_id = app_private.my_org_id()
  order by m.updated_at desc
$$;

/** The audit trail of a partnership (coordinator, AvZ), or of everything (AvZ), newest first. */
create or replace function public.audit_trail(partnership uuid default null, max_rows integer default 50)
returns table (at timestamptz, action text, entity text, partnership_id uuid, partnership_name text,
               actor_name text, details jsonb)
language sql stable
security invoker
set search_path = ''
as $$
  select l.at, l.action, l.entity, l.partnership_id, p.name, pr.display_name, l.details
  from public.audit_log l
  left join public.partnerships p on p.id = l.partnership_id
  left join public.profiles pr on pr.user_id = l.actor
  where audit_trail.partnership is null or l.partnership_id = audit_trail.partnership
  order by l.at desc, l.id desc
  limit least(greatest(coalesce(max_rows, 50), 1), 500)
$$;

-- Section - grants
revoke all on all functions in schema app_private from public;
grant execute on function
  app_private.partnership_students(uuid),
  app_private.is_ambassador_for(text), app_private.coordinates(uuid),
  app_private.user_may_steer(uuid, uuid), app_private.may_steer(uuid), app_private.belongs_to(uuid)
to anon, authenticated;

grant execute on function public.partnership_status_on(public.partnerships, date) to anon, authenticated;
grant execute on function public.partnerships_in_bbox(double precision, double precision, double precision, double precision) to anon, authenticated;
grant execute on function public.my_identity() to anon, authenticated;
grant execute on function public.my_memberships() to authenticated;
grant execute on function public.audit_trail(uuid, integer) to authenticated;
grant execute on function public.found_partnership(text, public.opleiding[], uuid, public.partnership_scheme, public.partnership_status, text) to authenticated;
grant execute on function public.set_max_members(uuid, integer) to authenticated;
grant execute on function public.request_membership(uuid, text) to authenticated;
grant execute on function public.withdraw_request(uuid) to authenticated;
grant execute on function public.decide_membership(uuid, boolean, text) to authenticated;
grant execute on function public.invite_organisation(uuid, uuid, text) to authenticated;
grant execute on function public.withdraw_invitation(uuid) to authenticated;
grant execute on function public.respond_to_invitation(uuid, boolean, text) to authenticated;
grant execute on function public.leave_partnership(uuid, text) to authenticated;
grant execute on function public.remove_member(uuid, text) to authenticated;
grant execute on function public.hand_over_coordination(uuid, uuid) to authenticated;
grant execute on function public.respond_to_handover(uuid, boolean) to authenticated;
grant execute on function public.assign_ambassador(uuid, text, text) to authenticated;
grant execute on function public.remove_ambassador(uuid, text) to authenticated;
