-- Schema: tables, key constraints, the derived province, and function security.
begin;
select plan(38);

-- Section - tables and keys
select tables_are('public', array[
  'provinces', 'organisations', 'organisation_contacts', 'profiles', 'sites', 'site_addresses',
  'demand', 'partnerships', 'memberships', 'agreements', 'ambassadors', 'seeker_registrations',
  'invitations', 'audit_log', 'notifications', 'notification_digests', 'scheme_rules',
  'agreement_sites', 'partnership_milestones', 'info_pages', 'info_page_versions',
  'questions', 'answers', 'answer_votes', 'post_reports', 'events', 'event_registrations'
], 'public has exactly the domain tables');
select col_is_unique('public', 'memberships', array['partnership_id', 'organisation_id'], 'one membership per organisation and partnership');
select col_is_unique('public', 'demand', array['site_id', 'opleiding'], 'one demand row per site and opleiding');
select col_is_unique('public', 'seeker_registrations', array['created_by', 'client_request_id'], 'a registration request id is used once per person');
select col_is_unique('public', 'invitations', array['token_hash'], 'token hashes are unique');
select hasnt_column('public', 'invitations', 'token', 'the plain invitation token is never stored');
select fk_ok('public', 'sites', 'organisation_id', 'public', 'organisations', 'id', 'a site belongs to an organisation');
select fk_ok('public', 'partnerships', 'meeting_site_id', 'public', 'sites', 'id', 'a partnership meets at a site');
select enum_has_labels('public', 'opleiding', array['groen', 'facilitair', 'logistiek'], 'the three brancheopleidingen');
select enum_has_labels('public', 'membership_state', array['requested', 'invited', 'accepted', 'declined', 'left'], 'membership states');
select is_empty($$ select * from tests.tables_without_rls('app_private') $$, 'private tables have row-level security too');

-- Section - constraints
select throws_ok($$ insert into public.sites (organisation_id, name, place, lat, lng)
                    select id, 'Buiten', 'Parijs', 48.85, 2.35 from public.organisations limit 1 $$,
  'SK006', 'invalid_input', 'a site outside the Netherlands is rejected');
select throws_ok($$ insert into public.sites (organisation_id, name, place, lat, lng)
                    select id, 'Buiten', 'Antwerpen', 51.2194, 4.4025 from public.organisations limit 1 $$,
  'SK006', 'invalid_input', 'a site in Antwerpen, inside the bounding box but in no province, is rejected');
select throws_ok($$ update public.sites set lat = 52.5, lng = 4.0
                    where id = (select id from public.sites order by id limit 1) $$,
  'SK006', 'invalid_input', 'moving a site into the North Sea is rejected');
select throws_ok($$ insert into public.demand (site_id, opleiding, student_count)
                    select id, 'groen', 0 from public.sites limit 1 $$,
  '23514', null, 'a student count must be at least 1');
insert into public.organisations (id, name) values ('12345678-0000-4000-8000-000000000000', 'Zonder contact');
select throws_ok($$ insert into public.organisation_contacts (organisation_id, contact_name, email)
                    values ('12345678-0000-4000-8000-000000000000', 'X Y', 'geen-adres') $$,
  '23514', null, 'an e-mail address must look like one');

-- Section - province derived from coordinates (app_private.province_at)
select is(app_private.province_at(53.2194, 6.5665), 'PV20', 'Groningen lies in Groningen');
select is(app_private.province_at(53.2012, 5.7999), 'PV21', 'Leeuwarden lies in Fryslân');
select is(app_private.province_at(52.9928, 6.5625), 'PV22', 'Assen lies in Drenthe');
select is(app_private.province_at(52.5168, 6.0830), 'PV23', 'Zwolle lies in Overijssel');
select is(app_private.province_at(52.5185, 5.4714), 'PV24', 'Lelystad lies in Flevoland');
select is(app_private.province_at(51.9851, 5.8987), 'PV25', 'Arnhem lies in Gelderland');
select is(app_private.province_at(52.0907, 5.1214), 'PV26', 'Utrecht lies in Utrecht');
select is(app_private.province_at(52.3676, 4.9041), 'PV27', 'Amsterdam lies in Noord-Holland');
select is(app_private.province_at(52.0705, 4.3007), 'PV28', 'Den Haag lies in Zuid-Holland');
select is(app_private.province_at(51.4988, 3.6136), 'PV29', 'Middelburg lies in Zeeland');
select is(app_private.province_at(51.6978, 5.3037), 'PV30', '''s-Hertogenbosch lies in Noord-Brabant');
select is(app_private.province_at(50.8514, 5.6909), 'PV31', 'Maastricht lies in Limburg');
select is(app_private.province_at(53.17507, 5.41797), 'PV21', 'Harlingen, just outside the generalised coast, resolves to Fryslân');
select is(app_private.province_at(51.33781, 3.83047), 'PV29', 'Terneuzen, on the generalised Westerschelde, resolves to Zeeland');
select is(app_private.province_at(51.2194, 4.4025), null, 'Antwerpen lies in no province');
select is(app_private.province_at(50.9375, 6.9603), null, 'Köln lies in no province');
select is(app_private.province_at(50.7753, 6.0839), null, 'Aachen, 4 km from the border, lies in no province');
select is(app_private.province_at(52.5, 4.0), null, 'the North Sea off IJmuiden lies in no province');
-- The province follows the coordinates on every update, whatever else the update sets.
update public.sites set province_code = 'PV24', lat = 51.9851, lng = 5.8987
  where id = (select id from public.sites order by id limit 1);
select is((select province_code from public.sites order by id limit 1), 'PV25',
  'a site''s province always follows its coordinates (Arnhem: Gelderland), never the value written');

-- Section - function security
select is_empty($$
  select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where n.nspname in ('public', 'app_private') and p.prosecdef
    and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')
$$, 'every security definer function pins its search_path');
select ok(not has_function_privilege('anon', 'public.register_seeker(uuid, text, text, double precision, double precision, public.opleiding, integer, public.travel_mode, integer, public.seeker_intent, text, text, text, text)', 'execute'),
  'visitors cannot call register_seeker');
select ok(has_function_privilege('anon', 'public.coverage_by_province(date)', 'execute'),
  'visitors can read coverage');

select * from finish();
rollback;
