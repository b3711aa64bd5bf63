-- A join request made again (after a refusal, or after leaving) waits anew as well. The request
-- reuses its membership row, so the inbox counted its wait from the first request: it could come
-- back escalated on the day it was made. The row keeps the day it was first made; the inbox
-- measures from the last request.

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
/**
 * The newcomers and join requests the caller steers (ambassador of the province, the one it was
 * routed to, or the AvZ), longest waiting first; a request to a partnership that has ended is
 * not there, since nobody can answer it any more (its organisation heard that it ended).
 * `waiting_since` is when the item last asked for an answer: a registration since it (re)opened,
 * a join request since it was last made.
 */
create or replace function public.ambassador_inbox()
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
