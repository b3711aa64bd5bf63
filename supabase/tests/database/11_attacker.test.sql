-- A plain member (B, a small provider in Rotterdam with no relationships) tries every escalation
-- that the earlier write model allowed, through direct table writes (each in its own
-- transaction, tests.cell) and through the API functions, and nothing changes that it may not
-- change: no contact opens, no seat is taken, no partnership, province or routing is rewritten.
select tests.create_fixture();

begin;
select plan(32);

create or replace function pg_temp.as_b() returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', 'b'))) $$;

/** What B must not be able to change: everything except its own organisation's rows. */
create or replace function pg_temp.others_state() returns text
language sql stable security definer as $$
  select md5(concat_ws('|',
    (select string_agg(concat_ws(',', id, name, status, coordinator_org_id, pending_coordinator_org_id,
                                 meeting_site_id, province_code, max_members, end_date), ';' order by id)
     from public.partnerships where coordinator_org_id <> tests.id('org', 'b')),
    (select string_agg(concat_ws(',', id, partnership_id, organisation_id, role, state), ';' order by id)
     from public.memberships m
     where not exists (select 1 from public.partnerships p
                       where p.id = m.partnership_id and p.coordinator_org_id = tests.id('org', 'b'))
       and m.organisation_id <> tests.id('org', 'b')),
    (select string_agg(concat_ws(',', id, organisation_id, province_code, lat, lng), ';' order by id)
     from public.sites),
    (select string_agg(concat_ws(',', id, site_id, province_code, routed_to_org_id, status), ';' order by id)
     from public.seeker_registrations where organisation_id <> tests.id('org', 'b')),
    (select string_agg(concat_ws(',', id, partnership_id, used_at, expires_at), ';' order by id)
     from public.invitations)))
$$;
create temporary table before_attack on commit drop as select pg_temp.others_state() as state;

-- Section - direct writes, each in its own transaction
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$insert into public.partnerships (name, opleidingen, coordinator_org_id, meeting_site_id) values ('Test Eigen Verband', '{groen}', tests.id('org', 'b'), tests.id('site', 'b'))$$),
  'B cannot found a partnership by inserting it');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$insert into public.memberships (partnership_id, organisation_id, state) select tests.id('partnership', 'c'), id, 'invited' from public.organisations$$),
  'B cannot insert invitations for every organisation');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$update public.invitations set partnership_id = tests.id('partnership', 'c'), used_at = null, expires_at = now() + interval '9 days'$$),
  'B cannot point an invitation at someone else''s partnership');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$update public.memberships set state = 'accepted' where organisation_id = tests.id('org', 'b')$$),
  'B cannot accept itself');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$update public.partnerships set max_members = 50, coordinator_org_id = tests.id('org', 'b')$$),
  'B cannot raise a seat limit or take a partnership over');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$update public.sites set province_code = 'PV24' where organisation_id = tests.id('org', 'b')$$),
  'B cannot move its site to another province on paper');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$insert into public.seeker_registrations (organisation_id, site_id, province_code, opleiding, student_count, routed_to_org_id, client_request_id) values (tests.id('org', 'b'), tests.id('site', 'a'), 'PV24', 'groen', 9, tests.id('org', 'y'), gen_random_uuid())$$),
  'B cannot insert a registration routed where it likes');
select ok(not tests.cell(tests.claims(tests.id('user', 'b')),
  $$insert into public.notifications (recipient_org_id, kind, entity_id, subject) values (tests.id('org', 'x'), 'new_seeker', gen_random_uuid(), 'Klik hier: http://x')$$),
  'B cannot send a notification with its own text');
select ok(not tests.cell(null,
  $$select message, decision_reason, decided_by from public.memberships$$),
  'a visitor cannot read the free text and deciders of memberships');
select ok(not tests.cell(null,
  $$select created_by, client_request_id from public.seeker_registrations$$),
  'a visitor cannot read who registered or their request keys');

-- Section - contacts: founding and inviting everyone opens nothing
select pg_temp.as_b();
create temporary table visible_before on commit drop as
  select (select count(*) from public.organisation_contacts) as contacts,
         (select count(*) from public.site_addresses) as addresses;
select results_eq(
  $$ select count(*)::integer from public.found_partnership('Test Verband van B', '{logistiek}', tests.id('site', 'b')) $$,
  $$ values (1) $$, 'B founds its own partnership (allowed)');
select lives_ok(
  $$ select count(*) from public.organisations o,
       lateral public.invite_organisation((select id from public.partnerships where name = 'Test Verband van B'), o.id)
     where o.id <> tests.id('org', 'b') $$,
  'and invites every organisation (allowed)');
select results_eq(
  $$ select (select count(*) from public.organisation_contacts), (select count(*) from public.site_addresses) $$,
  $$ select contacts, addresses from visible_before $$,
  'yet sees not one contact or address more than before');
select ok(
  (select contacts from visible_before) = 1 + (select count(distinct organisation_id) from public.ambassadors
                                               where organisation_id <> tests.id('org', 'b')),
  'which were its own and the ambassadors'' (the public first contacts)');
select results_eq(
  $$ select count(*)::integer from public.organisation_details(tests.id('org', 'a')) where contact_visible $$,
  $$ values (0) $$, 'organisation_details agrees: no contact of an invited organisation');

-- Section - joining and steering through the functions
select is(tests.error_of($$ select * from public.decide_membership(tests.id('membership', 'a'), true) $$),
  'SK005 not_allowed', 'B cannot decide on a request to someone else''s partnership');
select lives_ok($$ select * from public.request_membership(tests.id('partnership', 'c')) $$,
  'B asks to join partnership C (allowed)');
select is(tests.error_of($$ select * from public.decide_membership((select membership_id from public.my_memberships() where partnership_id = tests.id('partnership', 'c')), true) $$),
  'SK005 not_allowed', 'but cannot accept its own request');
select is(tests.error_of($$ select * from public.respond_to_invitation((select membership_id from public.my_memberships() where partnership_id = tests.id('partnership', 'c')), true) $$),
  'SK006 invalid_input not_invited', 'nor pass its request off as an invitation');
select is(tests.error_of($$ select * from public.set_max_members((select id from public.partnerships where name = 'Test Verband van B'), 50) $$),
  'SK005 not_allowed', 'a coordinator cannot raise its own seat limit');
select is(tests.error_of($$ select * from public.hand_over_coordination(tests.id('partnership', 'c'), tests.id('org', 'b')) $$),
  'SK005 not_allowed', 'B cannot hand partnership C to itself');
select is(tests.error_of($$ select * from public.create_invitation(tests.id('partnership', 'c')) $$),
  'SK005 not_allowed', 'nor create an invitation link into it');
select is(tests.error_of($$ select * from public.update_registration(tests.id('registration', 'a'), 9, 'auto', 90, 'found') $$),
  'SK008 not_found registration', 'nor change someone else''s registration');

-- Section - bad input is refused with the field named
select is(tests.error_of($$ select * from public.register_seeker(gen_random_uuid(), 'Locatie Antwerpen', 'Antwerpen', 51.2194, 4.4025, 'groen', 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$),
  'SK006 invalid_input location', 'a site in Antwerpen is refused');
select is(tests.error_of($$ select * from public.register_seeker(gen_random_uuid(), 'Locatie Keulen', 'Köln', 50.9375, 6.9603, 'groen', 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$),
  'SK006 invalid_input location', 'a site in Köln is refused');
select is(tests.error_of($$ select * from public.register_seeker(gen_random_uuid(), 'Boorplatform', 'Noordzee', 52.5, 4.0, 'groen', 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$),
  'SK006 invalid_input location', 'a site in the North Sea is refused');
select is(tests.error_of($$ select * from public.register_seeker(gen_random_uuid(), 'Fixture locatie B', 'Rotterdam', 51.9244, 4.4777, null, 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$),
  'SK006 invalid_input opleiding', 'a missing opleiding is refused by name, not as a raw not-null error');
select is(tests.error_of(format($$ select * from public.register_seeker(gen_random_uuid(), %L, 'Rotterdam', 51.9244, 4.4777, 'groen', 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$, repeat('x', 121))),
  'SK006 invalid_input site_name', 'an overlong site name is refused by name, not as a raw check error');
select is(tests.error_of(format($$ select * from public.register_seeker(gen_random_uuid(), 'Fixture locatie B', 'Rotterdam', 51.9244, 4.4777, 'groen', 3, 'ov', 30, 'join', 'Contact b', %L, null) $$, repeat('a', 250) || '@b.nl')),
  'SK006 invalid_input email', 'an e-mail address over 254 characters is refused');
select tests.clear_authentication();
insert into auth.users (id, email) values ('66666666-0000-4000-8000-000000000002', 'test-nieuw@test.example');
select tests.authenticate_as(tests.claims('66666666-0000-4000-8000-000000000002'));
select is(tests.error_of($$ select * from public.register_seeker(gen_random_uuid(), 'Hoofdlocatie', 'Utrecht', 52.09, 5.12, 'groen', 3, 'ov', 30, 'join', 'Nieuw Persoon', 'nieuw@test.example', E'\u200b\u200c\u200d\u2060') $$),
  'SK006 invalid_input organisation_name', 'an organisation name of invisible characters is refused');
select tests.clear_authentication();
select tests.authenticate_as_anon();
select is(tests.error_of($$ select * from public.coverage_timeline('0001-01-01', '9999-12-31', 1) $$),
  'SK006 invalid_input from_day', 'a timeline over millennia is refused at once');
select tests.clear_authentication();

select is(pg_temp.others_state(), (select state from before_attack),
  'after all of it, nothing outside B''s own organisation has changed');

select * from finish();
rollback;

select tests.drop_fixture();
