-- A registration or a join request that asks for an answer again waits anew in the inbox.
-- - A registration that is open again after its group stopped before it started: the inbox
--   counted its wait from the day the newcomer first registered, so a newcomer placed months ago
--   came back as "wacht 120 dagen", escalated, on the day it was reopened.
-- - A join request made again after a refusal or after leaving reuses its membership row, so it
--   could come back escalated on the day it was made.
-- Each row keeps the day it was first made (the map still says since when a provider looks);
-- the inbox measures from when it last asked.

-- Section - when a registration last opened
alter table public.seeker_registrations add column opened_at timestamptz;
update public.seeker_registrations set opened_at = created_at;
alter table public.seeker_registrations alter column opened_at set not null;

/** A new registration opens when it is made (the seed's registrations on their own dates). */
create or replace function app_private.registration_opens() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.opened_at := coalesce(new.opened_at, new.created_at);
  return new;
end
$$;
create trigger seeker_registrations_opened before insert on public.seeker_registrations
  for each row execute function app_private.registration_opens();

grant select (opened_at) on public.seeker_registrations to anon, authenticated;

-- Section - reopening
/**
 * When a partnership that never started ends, each accepted member's latest matched registration
 * for one of its courses is open again, unanswered, waiting from now, and its ambassador (or the
 * AvZ) hears of it as of a new seeker. Not when the member is still in another group that has
 * not ended for that course, nor when it already registered again for that site and course (one
 * open registration per site and course).
 */
create or replace function app_private.reopen_after_stop() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  reg public.seeker_registrations;
begin
  for reg in
    select distinct on (r.site_id, r.opleiding) r.*
    from public.seeker_registrations r
    join public.memberships m
      on m.organisation_id = r.organisation_id and m.partnership_id = new.id and m.state = 'accepted'
    where r.status = 'matched'
      and r.opleiding = any (new.opleidingen)
      and not exists (
        select 1 from public.memberships other
        join public.partnerships p on p.id = other.partnership_id
        where other.organisation_id = r.organisation_id and other.state = 'accepted'
          and p.id <> new.id and p.status <> 'ended' and r.opleiding = any (p.opleidingen))
      and not exists (
        select 1 from public.seeker_registrations again
        where again.site_id = r.site_id and again.opleiding = r.opleiding and again.status = 'open')
    order by r.site_id, r.opleiding, r.created_at desc, r.id
  loop
    update public.seeker_registrations r
      set status = 'open', answered_at = null, answer_note = null, opened_at = now()
      where r.id = reg.id;
    perform app_private.audit('reopened', 'seeker_registration', reg.id, new.id);
    if reg.routed_to_org_id is not null then
      perform app_private.notify(reg.routed_to_org_id, 'new_seeker', reg.id,
        (select o.name from public.organisations o where o.id = reg.organisation_id));
    else
      perform app_private.notify_avz('new_seeker', reg.id,
        (select o.name from public.organisations o where o.id = reg.organisation_id));
    end if;
  end loop;
  return null;
end
$$;

-- Section - when a membership was last requested
alter table public.memberships add column requested_at timestamptz;
update public.memberships set requested_at = created_at where state = 'requested';

/**
 * A request is made when a row starts as `requested` (on its own date, so the seed keeps its
 * dates) and again whenever a row becomes `requested` once more.
 */
create or replace function app_private.membership_requested() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.state = 'requested' then
      new.requested_at := coalesce(new.requested_at, new.created_at);
    end if;
  elsif new.state = 'requested' and old.state is distinct from 'requested' then
    new.requested_at := now();
  end if;
  return new;
end
$$;
create trigger memberships_requested before insert or update of state on public.memberships
  for each row execute function app_private.membership_requested();

grant select (requested_at) on public.memberships to anon, authenticated;

-- Section - the inbox
drop function public.ambassador_inbox();
/**
 * The newcomers and join requests the caller steers (ambassador of the province, the one it was
 * routed to, or the AvZ), longest waiting first; a request to a partnership that has ended is
 * not there, since nobody can answer it any more (its organisation heard that it ended).
 * `waiting_since` is when the item last asked for an answer: a registration since it (re)opened,
 * a join request since it was last made.
 */
create function public.ambassador_inbox()
returns table (
  kind text, id uuid, created_at timestamptz, waiting_since timestamptz, province_code text,
  organisation_id uuid, organisation_name text, opleiding text, student_count integer,
  travel_mode text, max_minutes integer, site_id uuid, lat double precision, lng double precision,
  place text, partnership_id uuid, partnership_name text, message text
)
language sql stable
security definer
set search_path = ''
as $$
  select 'registration', r.id, r.created_at, r.opened_at, r.province_code, r.organisation_id,
    o.name, r.opleiding::text, r.student_count, r.travel_mode::text, r.max_minutes, s.id, s.lat,
    s.lng, s.place, null::uuid, null::text, null::text
  from public.seeker_registrations r
  join public.organisations o on o.id = r.organisation_id
  join public.sites s on s.id = r.site_id
  where r.status = 'open' and r.answered_at is null
    and (app_private.is_ambassador_for(r.province_code)
         or r.routed_to_org_id = app_private.my_org_id()
         or app_private.is_avz())
  union all
  select 'membership', m.id, m.created_at, coalesce(m.requested_at, m.created_at),
    p.province_code, m.organisation_id, o.name, array_to_string(p.opleidingen::text[], ','), null,
    null, null, s.id, s.lat, s.lng, s.place, p.id, p.name, m.message
  from public.memberships m
  join public.partnerships p on p.id = m.partnership_id
  join public.organisations o on o.id = m.organisation_id
  left join lateral (select * from public.sites x where x.organisation_id = m.organisation_id
                     order by x.created_at, x.id limit 1) s on true
  where m.state = 'requested' and p.status <> 'ended' and app_private.may_steer(p.id)
  order by 4, 2
$$;
grant execute on function public.ambassador_inbox() to authenticated;
