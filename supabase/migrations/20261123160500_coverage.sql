-- Coverage board (AvZ): coverage per province for one opleiding or all, students in partnerships
-- toward the 500 subsidised places, coverage over time, and an export of the network whose
-- contact columns are filled only where row-level security lets the caller see them.

-- Section - coverage per province, per opleiding
/**
 * Like coverage_by_province, optionally for one opleiding only, with the students of accepted
 * members (sites in the partnership's province, for its opleidingen) of active and forming
 * partnerships per opleiding.
 */
create or replace function public.coverage_board(
  as_of date default current_date,
  opleiding public.opleiding default null
)
returns table (
  code text, name text, status text,
  active_partnerships integer, forming_partnerships integer, seekers integer,
  ambassadors text[], ambassador_ids uuid[], students jsonb
)
language sql stable
security invoker
set search_path = ''
as $$
  with states as (
    select p.id, p.province_code, p.opleidingen, public.partnership_status_on(p, as_of) as status
    from public.partnerships p
    where coverage_board.opleiding is null or coverage_board.opleiding = any (p.opleidingen)
  ),
  open_seekers as (
    select r.province_code from public.seeker_registrations r
    where r.created_at::date <= as_of
      and (r.status = 'open' or r.answered_at::date > as_of)
      and (coverage_board.opleiding is null or r.opleiding = coverage_board.opleiding)
  ),
  students as (
    select s.province_code, d.opleiding::text as opleiding, sum(d.student_count)::integer as n
    from states s
    join public.memberships m on m.partnership_id = s.id and m.state = 'accepted'
    join public.sites ms on ms.organisation_id = m.organisation_id and ms.province_code = s.province_code
    join public.demand d on d.site_id = ms.id and d.opleiding = any (s.opleidingen)
    where s.status in ('active', 'forming')
      and (coverage_board.opleiding is null or d.opleiding = coverage_board.opleiding)
    group by s.province_code, d.opleiding
  ),
  counts as (
    select pr.code, pr.name,
      (select count(*) from states s where s.province_code = pr.code and s.status = 'active')::integer as active,
      (select count(*) from states s where s.province_code = pr.code and s.status = 'forming')::integer as forming,
      ((select count(*) from states s where s.province_code = pr.code and s.status = 'seeking')
       + (select count(*) from open_seekers o where o.province_code = pr.code))::integer as seekers,
      coalesce((select array_agg(o.name order by o.name)
                from public.ambassadors a join public.organisations o on o.id = a.organisation_id
                where a.province_code = pr.code), '{}') as ambassadors,
      coalesce((select array_agg(a.organisation_id order by o.name)
                from public.ambassadors a join public.organisations o on o.id = a.organisation_id
                where a.province_code = pr.code), '{}') as ambassador_ids,
      coalesce((select jsonb_object_agg(st.opleiding, st.n) from students st
                where st.province_code = pr.code), '{}'::jsonb) as students
    from public.provinces pr
  )
  select code, name,
    case when active > 0 then 'active' when forming > 0 then 'forming'
         when seekers > 0 then 'seekers' else 'empty' end,
    active, forming, seekers, ambassadors, ambassador_ids, students
  from counts
  order by code
$$;

-- Section - over time
/** Provinces with an active and with (at least) a forming partnership, at each step. */
create or replace function public.coverage_timeline(
  from_day date default '2021-01-01',
  to_day date default current_date,
  step_months integer default 3
)
returns table (day date, active_provinces integer, forming_provinces integer)
language sql stable
security invoker
set search_path = ''
as $$
  with days as (
    select d::date as day
    from generate_series(from_day, to_day, make_interval(months => greatest(step_months, 1))) d
    union select to_day
  )
  select days.day,
    (select count(distinct p.province_code) from public.partnerships p
     where public.partnership_status_on(p, days.day) = 'active')::integer,
    (select count(distinct p.province_code) from public.partnerships p
     where public.partnership_status_on(p, days.day) in ('active', 'forming'))::integer
  from days
  order by days.day
$$;

-- Section - export
/**
 * Partnerships and open seekers as one table for CSV export. Contact columns come from
 * organisation_contacts under the caller's row-level security: empty for visitors, filled for
 * AvZ (and for whom else the policies allow).
 */
create or replace function public.network_export(
  as_of date default current_date,
  opleiding public.opleiding default null
)
returns table (
  kind text, name text, province_code text, province_name text, status text,
  opleidingen text, students integer, place text,
  contact_name text, email text, phone text
)
language sql stable
security invoker
set search_path = ''
as $$
  select 'samenwerkingsverband', p.name, p.province_code, pr.name,
    public.partnership_status_on(p, as_of)::text, array_to_string(p.opleidingen::text[], ', '),
    coalesce((select sum(d.student_count)::integer
              from public.memberships m
              join public.sites ms on ms.organisation_id = m.organisation_id and ms.province_code = p.province_code
              join public.demand d on d.site_id = ms.id and d.opleiding = any (p.opleidingen)
              where m.partnership_id = p.id and m.state = 'accepted'), 0),
    s.place, c.contact_name, c.email, c.phone
  from public.partnerships p
  join public.provinces pr on pr.code = p.province_code
  join public.sites s on s.id = p.meeting_site_id
  left join public.organisation_contacts c on c.organisation_id = p.coordinator_org_id
  where public.partnership_status_on(p, as_of) is not null
    and (network_export.opleiding is null or network_export.opleiding = any (p.opleidingen))
  union all
  select 'zoeker', o.name, r.province_code, pr.name, r.intent::text, r.opleiding::text,
    r.student_count, s.place, c.contact_name, c.email, c.phone
  from public.seeker_registrations r
  join public.organisations o on o.id = r.organisation_id
  join public.provinces pr on pr.code = r.province_code
  join public.sites s on s.id = r.site_id
  left join public.organisation_contacts c on c.organisation_id = r.organisation_id
  where r.created_at::date <= as_of and (r.status = 'open' or r.answered_at::date > as_of)
    and (network_export.opleiding is null or r.opleiding = network_export.opleiding)
  order by 3, 1, 2
$$;

grant execute on function public.coverage_board(date, public.opleiding) to anon, authenticated;
grant execute on function public.coverage_timeline(date, date, integer) to anon, authenticated;
grant execute on function public.network_export(date, public.opleiding) to anon, authenticated;
