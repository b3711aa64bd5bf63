-- Coverage board (AvZ): coverage per province for one opleiding or all, students in partnerships
-- toward the 500 subsidised places, coverage over time, and an export of the network whose
-- contact columns are filled only where row-level security lets the caller see them. Read-only;
-- every user-chosen date is checked (SK006) so no call can ask for centuries of rows.

-- Section - dates
/** A day the board can report on: from 2020 (before the first partnership) to a year ahead. */
create or replace function app_private.checked_day(day date, field text) returns date
language plpgsql stable
set search_path = ''
as $$
begin
  if day is null then
    return current_date;
  end if;
  if day not between date '2020-01-01' and current_date + 366 then
    perform app_private.fail('SK006', 'invalid_input', field);
  end if;
  return day;
end
$$;

-- Section - coverage per province, per opleiding
/**
 * Coverage per province on a day, optionally for one opleiding only (DESIGN §3): active if an
 * active partnership meets there; forming if one is being set up (forming, or seeking members);
 * seekers if only providers are looking (counted per site, as the lists show them); empty
 * otherwise. With the students of active and forming partnerships per opleiding
 * (app_private.partnership_students: members' students who reach the meeting site).
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
  with params as (select app_private.checked_day(coverage_board.as_of, 'as_of') as as_of),
  states as (
    select p.id, p.province_code, p.opleidingen,
      public.partnership_status_on(p, (select as_of from params)) as status
    from public.partnerships p
    where coverage_board.opleiding is null or coverage_board.opleiding = any (p.opleidingen)
  ),
  open_seekers as (
    select distinct r.province_code, r.site_id from public.seeker_registrations r, params
    where r.created_at::date <= params.as_of
      and (r.status = 'open' or r.answered_at::date > params.as_of)
      and (coverage_board.opleiding is null or r.opleiding = coverage_board.opleiding)
  ),
  students as (
    select s.province_code, x.key as opleiding, sum(x.value::integer)::integer as n
    from states s
    cross join lateral jsonb_each_text(app_private.partnership_students(s.id)) x
    where s.status in ('active', 'forming')
      and (coverage_board.opleiding is null or x.key = coverage_board.opleiding::text)
    group by s.province_code, x.key
  ),
  counts as (
    select pr.code, pr.name,
      (select count(*) from states s where s.province_code = pr.code and s.status = 'active')::integer as active,
      (select count(*) from states s
       where s.province_code = pr.code and s.status in ('forming', 'seeking'))::integer as forming,
      (select count(*) from open_seekers o where o.province_code = pr.code)::integer as seekers,
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

-- Section - coverage per province
/**
 * Coverage per province on a day (DESIGN §3): active if an active partnership meets there,
 * forming if none active but one forming, seekers if only seekers, empty otherwise.
 */
create or replace function public.coverage_by_province(as_of date default current_date)
returns table (
  code text, name text, status text,
  active_partnerships integer, forming_partnerships integer, seekers integer,
  ambassadors text[]
)
language sql stable
security invoker
set search_path = ''
as $$
  select b.code, b.name, b.status, b.active_partnerships, b.forming_partnerships, b.seekers,
    b.ambassadors
  from public.coverage_board(as_of, null) b
$$;

-- Section - over time
/**
 * Provinces with an active and with (at least) a forming partnership, at each step. The range
 * is checked: from 2020 to a year ahead, from before to, steps of 1 to 12 months.
 */
create or replace function public.coverage_timeline(
  from_day date default '2021-01-01',
  to_day date default current_date,
  step_months integer default 3
)
returns table (day date, active_provinces integer, forming_provinces integer)
language plpgsql stable
security invoker
set search_path = ''
as $$
declare
  first_day date := app_private.checked_day(from_day, 'from_day');
  last_day date := app_private.checked_day(to_day, 'to_day');
begin
  if first_day > last_day then
    perform app_private.fail('SK006', 'invalid_input', 'from_day');
  end if;
  if step_months is null or step_months not between 1 and 12 then
    perform app_private.fail('SK006', 'invalid_input', 'step_months');
  end if;
  return query
    with days as (
      select d::date as day
      from generate_series(first_day, last_day, make_interval(months => step_months)) d
      union select last_day
    )
    select days.day,
      (select count(distinct p.province_code) from public.partnerships p
       where public.partnership_status_on(p, days.day) = 'active')::integer,
      (select count(distinct p.province_code) from public.partnerships p
       where public.partnership_status_on(p, days.day) in ('active', 'forming', 'seeking'))::integer
    from days
    order by days.day;
end
$$;

-- Section - export
/**
 * Partnerships and open seekers as one table for CSV export. Contact columns are filled only
 * where the caller may see them (app_private.may_contact): empty for visitors, filled for AvZ.
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
  with params as (select app_private.checked_day(network_export.as_of, 'as_of') as as_of)
  select 'samenwerkingsverband', p.name, p.province_code, pr.name,
    public.partnership_status_on(p, (select as_of from params))::text, array_to_string(p.opleidingen::text[], ', '),
    coalesce((select sum(x.value::integer)::integer
              from jsonb_each_text(app_private.partnership_students(p.id)) x
              where network_export.opleiding is null or x.key = network_export.opleiding::text), 0),
    s.place, c.contact_name, c.email, c.phone
  from public.partnerships p
  join public.provinces pr on pr.code = p.province_code
  join public.sites s on s.id = p.meeting_site_id
  left join lateral app_private.visible_contact(p.coordinator_org_id) c on true
  where public.partnership_status_on(p, (select as_of from params)) is not null
    and (network_export.opleiding is null or network_export.opleiding = any (p.opleidingen))
  union all
  select 'zoeker', o.name, r.province_code, pr.name, r.intent::text, r.opleiding::text,
    r.student_count, s.place, c.contact_name, c.email, c.phone
  from public.seeker_registrations r
  join public.organisations o on o.id = r.organisation_id
  join public.provinces pr on pr.code = r.province_code
  join public.sites s on s.id = r.site_id
  left join lateral app_private.visible_contact(r.organisation_id) c on true
  cross join params
  where r.created_at::date <= params.as_of
    and (r.status = 'open' or r.answered_at::date > params.as_of)
    and (network_export.opleiding is null or r.opleiding = network_export.opleiding)
  order by 3, 1, 2
$$;

revoke all on function app_private.checked_day(date, text) from public;
grant execute on function app_private.checked_day(date, text) to anon, authenticated;
grant execute on function public.coverage_by_province(date) to anon, authenticated;
grant execute on function public.coverage_board(date, public.opleiding) to anon, authenticated;
grant execute on function public.coverage_timeline(date, date, integer) to anon, authenticated;
grant execute on function public.network_export(date, public.opleiding) to anon, authenticated;
