-- Coverage board: each status, date boundaries, the opleiding filter, students, the timeline and
-- the export's contact columns under row-level security. Crafted in Flevoland (PV24) and Zeeland
-- (PV29), which the seed leaves empty.
begin;
select plan(21);

insert into public.organisations (id, name) values
  ('66666666-0000-4000-8000-000000000001', 'Coverage Regiehouder Lelystad'),
  ('66666666-0000-4000-8000-000000000002', 'Coverage Lid Almere'),
  ('66666666-0000-4000-8000-000000000003', 'Coverage Zoeker Middelburg'),
  ('66666666-0000-4000-8000-000000000004', 'Coverage Lid Urk');
insert into public.organisation_contacts (organisation_id, contact_name, email) values
  ('66666666-0000-4000-8000-000000000001', 'Riet Regie', 'riet@coverage.example'),
  ('66666666-0000-4000-8000-000000000003', 'Zeger Zoeker', 'zeger@coverage.example');
insert into public.sites (id, organisation_id, name, place, lat, lng) values
  ('66666666-0000-4000-8000-0000000000b1', '66666666-0000-4000-8000-000000000001', 'Lelystad', 'Lelystad', 52.5185, 5.4714),
  ('66666666-0000-4000-8000-0000000000b2', '66666666-0000-4000-8000-000000000002', 'Almere', 'Almere', 52.3508, 5.2647),
  ('66666666-0000-4000-8000-0000000000b3', '66666666-0000-4000-8000-000000000003', 'Middelburg', 'Middelburg', 51.4988, 3.6136),
  ('66666666-0000-4000-8000-0000000000b4', '66666666-0000-4000-8000-000000000004', 'Urk', 'Urk', 52.6622, 5.6008);
-- Almere's students drive up to an hour: they reach Lelystad. Urk's go 30 minutes by ov: they do not.
insert into public.demand (site_id, opleiding, student_count, travel_mode, max_minutes) values
  ('66666666-0000-4000-8000-0000000000b2', 'logistiek', 4, 'auto', 60),
  ('66666666-0000-4000-8000-0000000000b2', 'groen', 5, 'auto', 60),
  ('66666666-0000-4000-8000-0000000000b4', 'logistiek', 6, 'ov', 30);
insert into public.partnerships (id, name, opleidingen, status, coordinator_org_id, meeting_site_id,
                                 formed_on, start_date, end_date)
values ('66666666-0000-4000-8000-0000000000c1', 'Coverage Logistiek Flevoland', '{logistiek}', 'ended',
        '66666666-0000-4000-8000-000000000001', '66666666-0000-4000-8000-0000000000b1',
        '2023-01-10', '2024-09-01', '2025-07-01');
insert into public.memberships (partnership_id, organisation_id, role, state) values
  ('66666666-0000-4000-8000-0000000000c1', '66666666-0000-4000-8000-000000000001', 'regiehouder', 'accepted'),
  ('66666666-0000-4000-8000-0000000000c1', '66666666-0000-4000-8000-000000000002', 'lid', 'accepted'),
  ('66666666-0000-4000-8000-0000000000c1', '66666666-0000-4000-8000-000000000004', 'lid', 'accepted');
insert into public.seeker_registrations (organisation_id, site_id, province_code, opleiding, student_count,
                                         client_request_id, created_at)
values ('66666666-0000-4000-8000-000000000003', '66666666-0000-4000-8000-0000000000b3', 'PV29', 'groen', 3,
        gen_random_uuid(), '2024-03-01 10:00:00+01');
create function pg_temp.status(day date, province text, opl public.opleiding default null) returns text
language sql as $$ select status from public.coverage_board(day, opl) where code = province $$;

-- Section - each status and its date boundaries
select is(pg_temp.status('2023-01-09', 'PV24'), 'empty', 'before the partnership was formed: empty');
select is(pg_temp.status('2023-01-10', 'PV24'), 'forming', 'from the day it is formed: forming');
select is(pg_temp.status('2024-08-31', 'PV24'), 'forming', 'the day before its start: still forming');
select is(pg_temp.status('2024-09-01', 'PV24'), 'active', 'from its start date: active');
select is(pg_temp.status('2025-07-01', 'PV24'), 'active', 'on its end date: still active');
select is(pg_temp.status('2025-07-02', 'PV24'), 'empty', 'after it ended, with no one else: empty');
-- A group in Zeeland that was formed and stopped without ever starting.
insert into public.partnerships (name, opleidingen, status, coordinator_org_id, meeting_site_id,
                                 formed_on, end_date)
values ('Coverage Gestopt Middelburg', '{groen}', 'ended', '66666666-0000-4000-8000-000000000003',
        '66666666-0000-4000-8000-0000000000b3', '2022-01-10', '2022-06-01');
select is(pg_temp.status('2022-05-31', 'PV29'), 'forming', 'a group that never started: forming until it stopped');
select is(pg_temp.status('2022-06-01', 'PV29'), 'empty', 'and empty from the day it stopped (a started group ends after its last day)');
delete from public.partnerships where name = 'Coverage Gestopt Middelburg';
select is(pg_temp.status('2024-02-29', 'PV29'), 'empty', 'before the registration: empty');
select is(pg_temp.status('2024-03-01', 'PV29'), 'seekers', 'from the day a provider registers: only seekers');

-- Section - the opleiding filter and students
select is(pg_temp.status('2024-10-01', 'PV24', 'logistiek'), 'active', 'active for its own opleiding');
select is(pg_temp.status('2024-10-01', 'PV24', 'groen'), 'empty', 'empty for an opleiding it does not offer');
select is(pg_temp.status('2024-10-01', 'PV29', 'logistiek'), 'empty', 'a seeker for groen does not count for logistiek');
select is(
  (select students from public.coverage_board('2024-10-01') where code = 'PV24'),
  '{"logistiek": 4}'::jsonb,
  'students: those of members who reach the meeting site, for the partnership''s opleidingen only'
);

-- Section - timeline
select results_eq(
  $$ select day from public.coverage_timeline('2024-06-01', '2024-12-01', 3) $$,
  $$ values ('2024-06-01'::date), ('2024-09-01'::date), ('2024-12-01'::date) $$,
  'the timeline has a point per step and one on the last day'
);
select is(
  (select active_provinces from public.coverage_timeline('2020-06-01', '2020-06-01', 3)),
  0,
  'in mid-2020 no province had an active partnership'
);

-- Section - counted as the lists show them
-- A second registration at the Middelburg site (another opleiding) is still one seeker there,
-- and a partnership seeking members counts as being set up.
insert into public.seeker_registrations (organisation_id, site_id, opleiding, student_count, client_request_id, created_at)
values ('66666666-0000-4000-8000-000000000003', '66666666-0000-4000-8000-0000000000b3', 'logistiek', 2,
        gen_random_uuid(), '2024-03-02 10:00:00+01');
select is((select seekers from public.coverage_board('2024-10-01') where code = 'PV29'), 1,
  'seekers are counted per site, as the list names them');
insert into public.partnerships (name, opleidingen, status, coordinator_org_id, meeting_site_id, formed_on)
values ('Coverage Zoekt Leden Middelburg', '{groen}', 'seeking', '66666666-0000-4000-8000-000000000003',
        '66666666-0000-4000-8000-0000000000b3', '2024-05-01');
select results_eq(
  $$ select status, forming_partnerships from public.coverage_board('2024-10-01') where code = 'PV29' $$,
  $$ values ('forming', 1) $$, 'a partnership seeking members makes the province forming');
delete from public.partnerships where name = 'Coverage Zoekt Leden Middelburg';
delete from public.seeker_registrations where site_id = '66666666-0000-4000-8000-0000000000b3' and opleiding = 'logistiek';

-- Section - export and row-level security
select tests.authenticate_as_anon();
select is(
  (select count(*)::integer from public.network_export('2024-10-01')
   where name like 'Coverage%' and (email is not null or contact_name is not null)),
  0,
  'a visitor''s export has no contact details'
);
select is(
  (select count(*)::integer from public.network_export('2024-10-01') where name like 'Coverage%'),
  2,
  'but does list the partnership and the seeker'
);
select tests.clear_authentication();
insert into auth.users (id) values ('66666666-0000-4000-8000-0000000000f1');
insert into public.profiles (user_id, organisation_id, role, display_name)
values ('66666666-0000-4000-8000-0000000000f1', '66666666-0000-4000-8000-000000000002', 'avz_coordinator', 'AvZ');
select tests.authenticate_as(tests.claims('66666666-0000-4000-8000-0000000000f1'));
select results_eq(
  $$ select kind, email from public.network_export('2024-10-01') where name like 'Coverage%' order by kind $$,
  $$ values ('samenwerkingsverband', 'riet@coverage.example'), ('zoeker', 'zeger@coverage.example') $$,
  'an AvZ coordinator''s export includes contact details'
);
select tests.clear_authentication();

select * from finish();
rollback;
