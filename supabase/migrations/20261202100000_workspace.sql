-- The partnership workspace: what each scheme asks (scheme_rules, the same table as
-- src/domain/schemes/rules.ts), the agreements with their sites, the dates toward a group
-- (training plan, TOP deadlines, signatures) and the one function that moves a partnership's
-- status, refusing with the rules that fail. Reads: the directory (public, readiness only for
-- those involved), a partnership's public page and its members' part.

-- Section - columns
alter table public.partnerships
  add column governance_signed_on date,
  add column planned_start date,
  add column material_access_on date,
  add column completed_on date,
  add constraint partnerships_completed_after_access
    check (completed_on is null or material_access_on is null or completed_on >= material_access_on);

/** The day the member signed the registration form of a new TOP partnership. */
alter table public.memberships add column registration_signed_on date;
grant select (registration_signed_on) on public.memberships to anon, authenticated;

-- Section - scheme rules
/**
 * What a scheme asks of a partnership, as data (the browser's table in src/domain/schemes, a
 * test compares both). kind names a measurement app_private.rule_outcomes knows; gate is the
 * status the rule must pass for (active needs the forming rules too).
 */
create table public.scheme_rules (
  scheme public.partnership_scheme not null,
  position integer not null,
  rule_id text not null,
  kind text not null check (kind in ('min_members', 'group_of_students', 'agreement_settled',
    'distinct_sectors', 'regiehouder_member', 'governance_agreement', 'all_members_signed')),
  gate public.partnership_status not null check (gate in ('forming', 'active')),
  min_value integer check (min_value is null or min_value > 0),
  item public.agreement_item,
  primary key (scheme, rule_id),
  unique (scheme, position),
  check ((kind = 'agreement_settled') = (item is not null)),
  check ((kind in ('min_members', 'group_of_students', 'distinct_sectors')) = (min_value is not null))
);
alter table public.scheme_rules enable row level security;
grant select on public.scheme_rules to anon, authenticated;
create policy "Anyone can read the scheme rules" on public.scheme_rules
  for select to anon, authenticated using (true);

insert into public.scheme_rules (scheme, position, rule_id, kind, gate, min_value, item) values
  ('brancheopleiding', 1, 'members', 'min_members', 'forming', 2, null),
  ('brancheopleiding', 2, 'group', 'group_of_students', 'active', 10, null),
  ('brancheopleiding', 3, 'applicant', 'agreement_settled', 'active', null, 'subsidieaanvrager'),
  ('brancheopleiding', 4, 'location', 'agreement_settled', 'active', null, 'groepslocatie'),
  ('top', 1, 'members', 'min_members', 'forming', 2, null),
  ('top', 2, 'sectors', 'distinct_sectors', 'active', 4, null),
  ('top', 3, 'regiehouder', 'regiehouder_member', 'active', null, null),
  ('top', 4, 'governance', 'governance_agreement', 'active', null, null),
  ('top', 5, 'signed', 'all_members_signed', 'active', null, null);

-- Section - agreement sites and milestones
/** The sites an agreement names: where the group meets, the practice places (members' or not). */
create table public.agreement_sites (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  item public.agreement_item not null check (item in ('groepslocatie', 'praktijkplaatsen')),
  site_id uuid not null references public.sites (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (partnership_id, item, site_id)
);
alter table public.agreement_sites enable row level security;
create index agreement_sites_site_idx on public.agreement_sites (site_id);

/** The day a TOP deadline was met (the deadlines themselves follow from the training year). */
create table public.partnership_milestones (
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  milestone text not null check (milestone in
    ('registration_signed', 'feedback', 'definitive_registration', 'in_en_doorstroom', 'yearly_procedure')),
  done_on date not null,
  created_at timestamptz not null default now(),
  primary key (partnership_id, milestone)
);
alter table public.partnership_milestones enable row level security;

revoke all on public.agreement_sites, public.partnership_milestones from anon;
grant select on public.agreement_sites, public.partnership_milestones to authenticated;
create policy "Members and steering roles see agreement sites" on public.agreement_sites
  for select to authenticated
  using (app_private.belongs_to(partnership_id) or app_private.may_steer(partnership_id));
create policy "Members and steering roles see milestones" on public.partnership_milestones
  for select to authenticated
  using (app_private.belongs_to(partnership_id) or app_private.may_steer(partnership_id));

-- Section - who may manage
/** Whether the caller may change the partnership itself: its coordinator or the AvZ. */
create or replace function app_private.may_manage(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.coordinates(partnership) or app_private.is_avz()
$$;

/** Whether the caller sees the members' part: a member, the coordinator, ambassador or AvZ. */
create or replace function app_private.sees_members_part(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.belongs_to(partnership) or app_private.may_steer(partnership)
$$;

/** The partnership locked, after checking the caller may manage it (SK005 otherwise). */
create or replace function app_private.lock_managed(partnership uuid) returns public.partnerships
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
begin
  perform app_private.require_user();
  target := app_private.lock_partnership(partnership);
  if not app_private.may_manage(target.id) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  return target;
end
$$;

-- Section - rule outcomes
/**
 * Every rule of the partnership's scheme with whether it passes and how far along it is (have
 * of need), in the scheme's order. Mirrors evaluateRules in src/domain/schemes/rules.ts.
 */
create or replace function app_private.rule_outcomes(partnership uuid)
returns table (rule_id text, kind text, gate text, passed boolean, have integer, need integer)
language sql stable
security definer
set search_path = ''
as $$
  with p as (
    select * from public.partnerships x where x.id = partnership
  ), members as (
    select m.organisation_id, m.role, m.registration_signed_on
    from public.memberships m
    where m.partnership_id = partnership and m.state = 'accepted'
  ), facts as (
    select
      (select count(*) from members)::integer as accepted,
      (select coalesce(max(s.value::integer), 0)
       from jsonb_each_text(app_private.partnership_students(partnership)) s) as best_group,
      (select count(distinct sector)
       from members m join public.organisations o on o.id = m.organisation_id,
            unnest(o.sectors) sector)::integer as sectors,
      exists (select 1 from members m join p on p.coordinator_org_id = m.organisation_id
              where m.role = 'regiehouder') as regiehouder,
      (select p.governance_signed_on is not null from p) as governance,
      (select count(*) from members m where m.registration_signed_on is null)::integer as unsigned,
      array(select a.item from public.agreements a
            where a.partnership_id = partnership and a.done) as settled
  ), measured as (
    select r.position, r.rule_id, r.kind, r.gate::text as gate,
      case r.kind
        when 'min_members' then f.accepted
        when 'group_of_students' then f.best_group
        when 'distinct_sectors' then f.sectors
        when 'agreement_settled' then (r.item = any (f.settled))::integer
        when 'regiehouder_member' then f.regiehouder::integer
        when 'governance_agreement' then f.governance::integer
        when 'all_members_signed' then f.accepted - f.unsigned
      end as have,
      case r.kind
        when 'all_members_signed' then f.accepted
        else coalesce(r.min_value, 1)
      end as need,
      f.accepted
    from p join public.scheme_rules r on r.scheme = p.scheme, facts f
  )
  select m.rule_id, m.kind, m.gate,
    m.have >= m.need and (m.kind <> 'all_members_signed' or m.accepted > 0),
    m.have, m.need
  from measured m
  order by m.position
$$;

-- Section - status
/**
 * Moves a partnership one step in its life cycle (seeking ⇄ forming → active → ended), as
 * src/domain/schemes/status.ts allows: active needs every rule passed, forming the forming
 * rules; refused with SK009 and the failing rules' ids (comma-separated) otherwise. on_day is
 * the start date (active) or the end date (ended).
 */
create or replace function public.set_partnership_status(
  partnership uuid,
  status public.partnership_status,
  on_day date default current_date
)
returns table (partnership_id uuid, new_status text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
  failing text;
begin
  perform app_private.required(status is null, 'status');
  perform app_private.required(on_day is null, 'on_day');
  target := app_private.lock_managed(partnership);
  if not (
    (target.status = 'seeking' and status = 'forming')
    or (target.status = 'forming' and status in ('seeking', 'active'))
    or (target.status = 'active' and status = 'ended')
  ) then
    perform app_private.fail('SK006', 'invalid_input', 'status_step');
  end if;
  select string_agg(o.rule_id, ',') into failing
  from app_private.rule_outcomes(target.id) o
  where not o.passed
    and (o.gate = 'forming' and status in ('forming', 'active') or o.gate = 'active' and status = 'active');
  if failing is not null then
    perform app_private.fail('SK009', 'rules_failed', failing);
  end if;
  if status = 'active' and on_day < target.formed_on
     or status = 'ended' and on_day < target.start_date then
    perform app_private.fail('SK006', 'invalid_input', 'on_day');
  end if;
  update public.partnerships p
    set status = set_partnership_status.status,
        start_date = case when status = 'active' then on_day else p.start_date end,
        end_date = case when status = 'ended' then on_day else p.end_date end
    where p.id = target.id;
  perform app_private.audit('status_changed', 'partnership', target.id, target.id,
    jsonb_build_object('from', target.status, 'to', status, 'on', on_day));
  return query select target.id, status::text;
end
$$;

-- Section - founding
/**
 * Founds a partnership from one of the caller's organisation's sites, as before, but always as
 * seeking: with its founder as the only member it does not pass the forming rules yet.
 */
create or replace function public.found_partnership(
  name text,
  opleidingen public.opleiding[],
  meeting_site uuid,
  scheme public.partnership_scheme default 'brancheopleiding',
  status public.partnership_status default 'seeking',
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
  -- One member cannot be forming yet (the scheme rules' members rule): it starts seeking and
  -- moves on through set_partnership_status once a second member is in.
  if status is null or status <> 'seeking' then
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

-- Section - agreements
/**
 * Records one agreement: who is responsible (an accepted member), whether it is settled, a note,
 * and for the group location (one site) and practice places (any sites, also non-members') the
 * sites. Settled needs what makes it so: a responsible member; the location also a site.
 */
create or replace function public.save_agreement(
  partnership uuid,
  item public.agreement_item,
  responsible uuid default null,
  done boolean default false,
  note text default null,
  sites uuid[] default '{}'
)
returns table (partnership_id uuid, saved_item text, settled boolean)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
  checked_note text := app_private.checked_text(note, 'note', 1, 1000, required => false, multiline => true);
  chosen uuid[] := coalesce(array(select distinct s from unnest(sites) s where s is not null), '{}');
begin
  perform app_private.required(item is null, 'item');
  perform app_private.required(done is null, 'done');
  target := app_private.lock_managed(partnership);
  if responsible is not null and not exists (
    select 1 from public.memberships m
    where m.partnership_id = target.id and m.organisation_id = responsible and m.state = 'accepted'
  ) then
    perform app_private.fail('SK006', 'invalid_input', 'responsible');
  end if;
  if item not in ('groepslocatie', 'praktijkplaatsen') and cardinality(chosen) > 0
     or item = 'groepslocatie' and cardinality(chosen) > 1
     or cardinality(chosen) > 20
     or (select count(*) from public.sites s where s.id = any (chosen)) <> cardinality(chosen) then
    perform app_private.fail('SK006', 'invalid_input', 'sites');
  end if;
  if done and responsible is null then
    perform app_private.fail('SK006', 'invalid_input', 'responsible');
  end if;
  if done and item in ('groepslocatie', 'praktijkplaatsen') and cardinality(chosen) = 0 then
    perform app_private.fail('SK006', 'invalid_input', 'sites');
  end if;
  insert into public.agreements (partnership_id, item, responsible_org_id, done, note)
  values (target.id, item, responsible, done, checked_note)
  on conflict on constraint agreements_partnership_id_item_key do update
    set responsible_org_id = excluded.responsible_org_id, done = excluded.done, note = excluded.note;
  delete from public.agreement_sites a
    where a.partnership_id = target.id and a.item = save_agreement.item and a.site_id <> all (chosen);
  insert into public.agreement_sites (partnership_id, item, site_id)
    select target.id, item, s from unnest(chosen) s
    on conflict do nothing;
  perform app_private.audit('agreement_saved', 'partnership', target.id, target.id,
    jsonb_build_object('item', item, 'done', done, 'responsible', responsible, 'sites', chosen));
  return query select target.id, item::text, done;
end
$$;

-- Section - dates and signatures
/**
 * The training plan: the first training year (TOP deadlines count back from it), the planned
 * start, and for the brancheopleiding's accountability the day students had access to the
 * learning material and examination, and the day activities were completed.
 */
create or replace function public.save_training_plan(
  partnership uuid,
  training_year integer default null,
  planned_start date default null,
  material_access_on date default null,
  completed_on date default null
)
returns table (partnership_id uuid, first_year integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
begin
  target := app_private.lock_managed(partnership);
  if training_year is not null and training_year not between 2020 and 2040 then
    perform app_private.fail('SK006', 'invalid_input', 'training_year');
  end if;
  if planned_start is not null and planned_start < target.formed_on then
    perform app_private.fail('SK006', 'invalid_input', 'planned_start');
  end if;
  if completed_on is not null and (material_access_on is null or completed_on < material_access_on) then
    perform app_private.fail('SK006', 'invalid_input', 'completed_on');
  end if;
  update public.partnerships p
    set training_year = save_training_plan.training_year,
        planned_start = save_training_plan.planned_start,
        material_access_on = save_training_plan.material_access_on,
        completed_on = save_training_plan.completed_on
    where p.id = target.id;
  perform app_private.audit('training_plan_saved', 'partnership', target.id, target.id,
    jsonb_build_object('training_year', training_year, 'planned_start', planned_start,
                       'material_access_on', material_access_on, 'completed_on', completed_on));
  return query select target.id, training_year;
end
$$;

/** Records (or clears, with null) the day the bestuurlijke overeenkomst was signed. */
create or replace function public.record_governance_agreement(partnership uuid, signed_on date)
returns table (partnership_id uuid, governance_signed_on date)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
begin
  target := app_private.lock_managed(partnership);
  if signed_on is not null and (signed_on < target.formed_on or signed_on > current_date) then
    perform app_private.fail('SK006', 'invalid_input', 'signed_on');
  end if;
  update public.partnerships p set governance_signed_on = signed_on where p.id = target.id;
  perform app_private.audit('governance_recorded', 'partnership', target.id, target.id,
    jsonb_build_object('signed_on', signed_on));
  return query select target.id, signed_on;
end
$$;

/** Records (or clears) the day a TOP deadline was met. */
create or replace function public.record_milestone(partnership uuid, milestone text, done_on date default null)
returns table (partnership_id uuid, recorded_milestone text, recorded_on date)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  target public.partnerships;
begin
  target := app_private.lock_managed(partnership);
  if milestone is null or milestone not in
     ('registration_signed', 'feedback', 'definitive_registration', 'in_en_doorstroom', 'yearly_procedure') then
    perform app_private.fail('SK006', 'invalid_input', 'milestone');
  end if;
  if done_on is not null and done_on > current_date then
    perform app_private.fail('SK006', 'invalid_input', 'done_on');
  end if;
  if done_on is null then
    delete from public.partnership_milestones m
      where m.partnership_id = target.id and m.milestone = record_milestone.milestone;
  else
    insert into public.partnership_milestones (partnership_id, milestone, done_on)
    values (target.id, milestone, done_on)
    on conflict on constraint partnership_milestones_pkey do update set done_on = excluded.done_on;
  end if;
  perform app_private.audit('milestone_recorded', 'partnership', target.id, target.id,
    jsonb_build_object('milestone', milestone, 'done_on', done_on));
  return query select target.id, milestone, done_on;
end
$$;

/**
 * The caller's organisation signs (or withdraws its signature from) the registration form of the
 * partnership: each member signs for itself, nobody for another.
 */
create or replace function public.sign_registration(partnership uuid, signed boolean)
returns table (partnership_id uuid, registration_signed_on date)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  target public.partnerships;
  mine public.memberships;
begin
  perform app_private.required(signed is null, 'signed');
  target := app_private.lock_partnership(partnership);
  select * into mine from public.memberships m
  where m.partnership_id = target.id and m.organisation_id = org and m.state = 'accepted';
  if mine.id is null then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  update public.memberships m
    set registration_signed_on = case when signed then current_date end
    where m.id = mine.id;
  perform app_private.audit(case when signed then 'registration_signed' else 'registration_unsigned' end,
    'membership', mine.id, target.id, '{}');
  return query select target.id, case when signed then current_date end;
end
$$;

-- Section - reads
/** The reach of each accepted member's sites toward the partnership's opleidingen. */
create or replace function app_private.member_sites(partnership uuid)
returns jsonb
language sql stable
security definer
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'site_id', s.id, 'organisation_id', s.organisation_id, 'place', s.place,
      'lat', s.lat, 'lng', s.lng, 'reach_km', r.reach_km) order by s.place, s.id), '[]'::jsonb)
  from public.partnerships p
  join public.memberships m on m.partnership_id = p.id and m.state = 'accepted'
  join public.sites s on s.organisation_id = m.organisation_id
  cross join lateral (
    select max(app_private.reach_km(d.travel_mode, d.max_minutes)) as reach_km
    from public.demand d where d.site_id = s.id and d.opleiding = any (p.opleidingen)
  ) r
  where p.id = partnership and r.reach_km is not null
$$;

/**
 * Every partnership for the directory: public fields, students per opleiding, and — for those
 * who belong to it or steer it — how ready it is (rules passed, agreements settled).
 */
create or replace function public.partnership_directory()
returns table (
  id uuid, name text, scheme text, opleidingen text[], status text, province_code text,
  place text, lat double precision, lng double precision, member_count integer,
  max_members integer, students jsonb, involved boolean,
  rules_passed integer, rules_total integer, agreements_settled integer
)
language sql stable
security definer
set search_path = ''
as $$
  select p.id, p.name, p.scheme::text, p.opleidingen::text[], p.status::text, p.province_code,
    s.place, s.lat, s.lng,
    (select count(*) from public.memberships m
     where m.partnership_id = p.id and m.state = 'accepted')::integer,
    p.max_members, app_private.partnership_students(p.id),
    inv.involved,
    case when inv.involved then
      (select count(*) filter (where o.passed) from app_private.rule_outcomes(p.id) o)::integer end,
    case when inv.involved then
      (select count(*) from public.scheme_rules r where r.scheme = p.scheme)::integer end,
    case when inv.involved then
      (select count(*) from public.agreements a where a.partnership_id = p.id and a.done)::integer end
  from public.partnerships p
  join public.sites s on s.id = p.meeting_site_id
  cross join lateral (select app_private.sees_members_part(p.id) as involved) inv
  order by p.name
$$;

/** A partnership's public page: what anyone may know, and what the caller may see or do. */
create or replace function public.partnership_page(partnership uuid)
returns table (
  id uuid, name text, scheme text, opleidingen text[], status text, province_code text,
  meeting_site_id uuid, place text, lat double precision, lng double precision,
  coordinator_org_id uuid, coordinator_name text, pending_coordinator_org_id uuid,
  max_members integer, students jsonb, formed_on date, planned_start date, start_date date,
  end_date date, training_year integer, description text, members jsonb, member_sites jsonb,
  sees_members_part boolean, may_manage boolean, my_membership_state text
)
language sql stable
security definer
set search_path = ''
as $$
  select p.id, p.name, p.scheme::text, p.opleidingen::text[], p.status::text, p.province_code,
    p.meeting_site_id, s.place, s.lat, s.lng, p.coordinator_org_id, co.name,
    p.pending_coordinator_org_id,
    p.max_members, app_private.partnership_students(p.id), p.formed_on, p.planned_start,
    p.start_date, p.end_date, p.training_year, p.description,
    (select coalesce(jsonb_agg(jsonb_build_object(
        'membership_id', m.id, 'organisation_id', o.id, 'name', o.name, 'kind', o.kind,
        'sectors', o.sectors, 'role', m.role) order by m.role desc, o.name), '[]'::jsonb)
     from public.memberships m join public.organisations o on o.id = m.organisation_id
     where m.partnership_id = p.id and m.state = 'accepted'),
    app_private.member_sites(p.id),
    app_private.sees_members_part(p.id), app_private.may_manage(p.id),
    (select m.state::text from public.memberships m
     where m.partnership_id = p.id and m.organisation_id = app_private.my_org_id())
  from public.partnerships p
  join public.sites s on s.id = p.meeting_site_id
  join public.organisations co on co.id = p.coordinator_org_id
  where p.id = partnership
$$;

/**
 * The members' part of a partnership (members, coordinator, ambassador of its province, AvZ;
 * nobody else gets a row): rules, agreements with their sites, dates, signatures, open requests
 * and invitations, and the sectors of other organisations nearby (for the TOP advice).
 */
create or replace function public.partnership_workspace(partnership uuid)
returns table (
  partnership_id uuid, rules jsonb, agreements jsonb, signatures jsonb, pending jsonb,
  milestones jsonb, governance_signed_on date, material_access_on date, completed_on date,
  sectors_nearby text[]
)
language sql stable
security definer
set search_path = ''
as $$
  select p.id,
    (select jsonb_agg(jsonb_build_object('rule_id', o.rule_id, 'kind', o.kind, 'gate', o.gate,
        'passed', o.passed, 'have', o.have, 'need', o.need))
     from app_private.rule_outcomes(p.id) o),
    (select coalesce(jsonb_agg(jsonb_build_object(
        'item', a.item, 'responsible_org_id', a.responsible_org_id, 'done', a.done, 'note', a.note,
        'sites', (select coalesce(jsonb_agg(jsonb_build_object(
                    'site_id', st.id, 'name', st.name, 'place', st.place, 'organisation_name', so.name,
                    'lat', st.lat, 'lng', st.lng) order by st.place), '[]'::jsonb)
                  from public.agreement_sites x
                  join public.sites st on st.id = x.site_id
                  join public.organisations so on so.id = st.organisation_id
                  where x.partnership_id = p.id and x.item = a.item))), '[]'::jsonb)
     from public.agreements a where a.partnership_id = p.id),
    (select coalesce(jsonb_agg(jsonb_build_object(
        'organisation_id', m.organisation_id, 'signed_on', m.registration_signed_on)), '[]'::jsonb)
     from public.memberships m where m.partnership_id = p.id and m.state = 'accepted'),
    (select coalesce(jsonb_agg(jsonb_build_object(
        'membership_id', m.id, 'organisation_id', o.id, 'name', o.name, 'state', m.state,
        'message', case when app_private.may_steer(p.id) then m.message end,
        'created_at', m.created_at) order by m.created_at), '[]'::jsonb)
     from public.memberships m join public.organisations o on o.id = m.organisation_id
     where m.partnership_id = p.id and m.state in ('requested', 'invited')
       and app_private.may_steer(p.id)),
    (select coalesce(jsonb_object_agg(ms.milestone, ms.done_on), '{}'::jsonb)
     from public.partnership_milestones ms where ms.partnership_id = p.id),
    p.governance_signed_on, p.material_access_on, p.completed_on,
    array(
      select sector::text from public.organisations o
      join public.sites s on s.organisation_id = o.id and s.province_code = p.province_code
      cross join unnest(o.sectors) sector
      where not exists (select 1 from public.memberships m where m.partnership_id = p.id
                          and m.organisation_id = o.id and m.state = 'accepted')
      group by sector order by count(distinct o.id) desc, sector::text
    )
  from public.partnerships p
  where p.id = partnership and app_private.sees_members_part(p.id)
$$;

/** The scheme rules as data, for the test that compares them with the browser's table. */
create or replace function public.scheme_rule_table()
returns table (scheme text, rule_id text, kind text, gate text, min_value integer, item text)
language sql stable
security invoker
set search_path = ''
as $$
  select r.scheme::text, r.rule_id, r.kind, r.gate::text, r.min_value, r.item::text
  from public.scheme_rules r order by r.scheme, r.position
$$;

-- Section - grants
revoke all on all functions in schema app_private from public;
grant execute on function
  app_private.partnership_students(uuid),
  app_private.is_ambassador_for(text), app_private.coordinates(uuid),
  app_private.user_may_steer(uuid, uuid), app_private.may_steer(uuid), app_private.belongs_to(uuid),
  app_private.sees_members_part(uuid), app_private.may_manage(uuid)
to anon, authenticated;

grant execute on function public.partnership_directory() to anon, authenticated;
grant execute on function public.partnership_page(uuid) to anon, authenticated;
grant execute on function public.partnership_workspace(uuid) to anon, authenticated;
grant execute on function public.scheme_rule_table() to anon, authenticated;
grant execute on function public.set_partnership_status(uuid, public.partnership_status, date) to authenticated;
grant execute on function public.save_agreement(uuid, public.agreement_item, uuid, boolean, text, uuid[]) to authenticated;
grant execute on function public.save_training_plan(uuid, integer, date, date, date) to authenticated;
grant execute on function public.record_governance_agreement(uuid, date) to authenticated;
grant execute on function public.record_milestone(uuid, text, date) to authenticated;
grant execute on function public.sign_registration(uuid, boolean) to authenticated;
