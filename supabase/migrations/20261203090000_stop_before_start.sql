-- A group that never started can stop. A seeking or forming partnership whose members went their
-- own way used to stay "in oprichting" for good and kept its province on the coverage board as
-- if something were forming there. It may now end too; its end date then counts from the day it
-- was formed instead of a start date it never had.

-- Section - dates
alter table public.partnerships drop constraint partnerships_check3;
alter table public.partnerships add constraint partnerships_ends_after_it_began
  check (end_date is null or end_date >= coalesce(start_date, formed_on));

-- Section - notifications: the members hear that their partnership ended or stopped
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
  'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
  'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted',
  'new_answer', 'event_changed', 'event_place_offered', 'event_cancelled', 'partnership_ended'
));

-- Section - status
/**
 * Moves a partnership one step in its life cycle (seeking ⇄ forming → active → ended, and from
 * seeking or forming straight to ended when the group does not start), as
 * src/domain/schemes/status.ts allows: active needs every rule passed, forming the forming
 * rules; refused with SK009 and the failing rules' ids (comma-separated) otherwise. on_day is
 * the start date (active) or the end date (ended), never before the partnership began. When it
 * ends, its members and the organisations it was talking to (requests, invitations) hear of it,
 * each through its own membership; the organisation that ended it does not.
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
    (target.status = 'seeking' and status in ('forming', 'ended'))
    or (target.status = 'forming' and status in ('seeking', 'active', 'ended'))
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
     or status = 'ended' and on_day < coalesce(target.start_date, target.formed_on) then
    perform app_private.fail('SK006', 'invalid_input', 'on_day');
  end if;
  update public.partnerships p
    set status = set_partnership_status.status,
        start_date = case when status = 'active' then on_day else p.start_date end,
        end_date = case when status = 'ended' then on_day else p.end_date end
    where p.id = target.id;
  perform app_private.audit('status_changed', 'partnership', target.id, target.id,
    jsonb_build_object('from', target.status, 'to', status, 'on', on_day));
  if status = 'ended' then
    perform app_private.notify(m.organisation_id, 'partnership_ended', m.id, target.name)
    from public.memberships m
    where m.partnership_id = target.id
      and m.state in ('accepted', 'requested', 'invited')
      and m.organisation_id is distinct from app_private.my_org_id();
  end if;
  return query select target.id, status::text;
end
$$;

-- Section - status on a day
/**
 * Status of a partnership on a given day, from its dates (seeking stays seeking until formed). A
 * group that ran is active through its end date, its last day; a group that never started is
 * ended from the day it stopped, so it leaves the coverage board that same day.
 */
create or replace function public.partnership_status_on(p public.partnerships, on_day date)
returns public.partnership_status
language sql immutable
set search_path = ''
as $$
  select case
    when p.formed_on > on_day then null
    when p.end_date is not null and p.start_date is null and p.end_date <= on_day
      then 'ended'::public.partnership_status
    when p.end_date is not null and p.end_date < on_day then 'ended'::public.partnership_status
    when p.start_date is not null and p.start_date <= on_day then 'active'::public.partnership_status
    when p.status = 'seeking' then 'seeking'::public.partnership_status
    else 'forming'::public.partnership_status
  end
$$;

-- Section - the inbox
/**
 * The newcomers and join requests the caller steers (ambassador of the province, the one it was
 * routed to, or the AvZ), oldest first; a request to a partnership that has ended is not there,
 * since nobody can answer it any more (its organisation heard that it ended).
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
  where m.state = 'requested' and p.status <> 'ended' and app_private.may_steer(p.id)
  order by 3
$$;
