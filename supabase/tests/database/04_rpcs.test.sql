-- The API functions: the happy path and the errors of each, as the personas that use them.
begin;
select plan(42);
select tests.create_fixture();

-- Section - reads
select tests.authenticate_as_anon();
select is((select count(*)::integer from public.coverage_by_province()), 12, 'coverage has a row per province');
select is_empty(
  $$ select code from public.coverage_by_province('2020-12-31') where status <> 'empty' $$,
  'before the first partnership and registration every province was empty'
);
select results_eq(
  $$ select name, status, member_count from public.partnerships_in_bbox(5.35, 52.13, 5.42, 52.18) where name like 'Fixture%' $$,
  $$ values ('Fixture Groen Amersfoort', 'forming', 1) $$,
  'partnerships_in_bbox finds the fixture partnership at its meeting site'
);
select is_empty(
  $$ select 1 from public.partnerships_in_bbox(3.4, 51.2, 3.9, 51.5) where name like 'Fixture%' $$,
  'a bounding box elsewhere does not'
);
select results_eq(
  $$ select name, demand -> 0 ->> 'student_count', jsonb_array_length(seeking)
     from public.sites_in_bbox(5.12, 52.09, 5.123, 52.092) $$,
  $$ values ('Fixture locatie A', '3', 1) $$,
  'sites_in_bbox returns demand and open registrations of a site'
);
select results_eq(
  $$ select contact_visible, email from public.organisation_details(tests.id('org', 'a')) $$,
  $$ values (false, null::text) $$,
  'a visitor sees an organisation without contact details'
);
select tests.clear_authentication();

select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select results_eq(
  $$ select contact_visible, email from public.organisation_details(tests.id('org', 'a')) $$,
  $$ values (true, 'a@fixture.example') $$,
  'the ambassador of the province sees the contact details'
);
select tests.clear_authentication();

select tests.authenticate_as(tests.claims(tests.id('user', 'b')));
select results_eq(
  $$ select contact_visible from public.organisation_details(tests.id('org', 'a')) $$,
  $$ values (false) $$,
  'another provider does not'
);
select results_eq(
  $$ select organisation_name, ambassador_provinces from public.my_identity() $$,
  $$ values ('Fixture Aanbieder B', '{}'::text[]) $$,
  'my_identity tells who is signed in'
);

-- Section - register_seeker
select throws_ok(
  $$ select * from public.register_seeker('11111111-0000-4000-8000-000000000001', 'Fixture locatie B2', 'Schiedam', 51.92, 4.40, 'logistiek', 0, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$,
  'SK006', 'invalid_input', 'a student count of 0 is refused with SK006'
);
select results_eq(
  $$ select province_code, routed_to_name is not null
     from public.register_seeker('11111111-0000-4000-8000-000000000001', 'Fixture locatie B2', 'Schiedam', 51.92, 4.40, 'logistiek', 4, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$,
  $$ values ('PV28', true) $$,
  'a registration in Zuid-Holland is routed to its ambassador'
);
select results_eq(
  $$ select registration_id from public.register_seeker('11111111-0000-4000-8000-000000000001', 'Fixture locatie B2', 'Schiedam', 51.92, 4.40, 'logistiek', 4, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null) $$,
  $$ select registration_id from public.my_registrations() where place = 'Schiedam' $$,
  'submitting the same request again answers with the same registration'
);
select tests.clear_authentication();
select is(
  (select count(*)::integer from public.seeker_registrations where client_request_id = '11111111-0000-4000-8000-000000000001'),
  1, 'and stores it once'
);
-- Someone else's request key is no way into their registration: it makes one's own.
select tests.authenticate_as(tests.claims(tests.id('user', 'a')));
select results_eq(
  $$ select organisation_id, province_code
     from public.register_seeker('11111111-0000-4000-8000-000000000001', 'Fixture locatie A', 'Utrecht', 52.0907, 5.1214, 'logistiek', 2, 'fiets', 20, 'join', 'Contact a', 'a@fixture.example', null) $$,
  $$ values (tests.id('org', 'a'), 'PV26') $$,
  'another organisation using the same request key gets its own registration, not the first one'
);
select tests.clear_authentication();

insert into auth.users (id, email) values ('22222222-0000-4000-8000-000000000001', 'nieuw@test.example');
select tests.authenticate_as(tests.claims('22222222-0000-4000-8000-000000000001'));
select results_eq(
  $$ select organisation_id, role from public.my_identity() $$,
  $$ values (null::uuid, 'medewerker') $$,
  'a signed-in newcomer without a profile is known, without organisation'
);
select results_eq(
  $$ select province_code, routed_to_org_id
     from public.register_seeker('11111111-0000-4000-8000-000000000002', 'Hoofdlocatie', 'Lelystad', 52.5185, 5.4714, 'groen', 2, 'ov', 45, 'found', 'Nieuw Persoon', 'nieuw@aanbieder.example', 'Nieuwe Aanbieder Lelystad') $$,
  $$ values ('PV24', null::uuid) $$,
  'in a province without ambassador the registration goes to AvZ (routed to nobody)'
);
select results_eq(
  $$ select organisation_name from public.my_identity() $$,
  $$ values ('Nieuwe Aanbieder Lelystad') $$,
  'a newcomer without organisation gets one, linked to their profile'
);
select tests.clear_authentication();

select tests.authenticate_as_anon();
select throws_ok(
  $$ select * from public.register_seeker(gen_random_uuid(), 'Y', 'Utrecht', 52.09, 5.12, 'groen', 2, 'ov', 30, 'join', 'A B', 'a@b.example', 'X') $$,
  '42501', null, 'visitors cannot register without signing in'
);
select tests.clear_authentication();

-- Section - request_membership
select tests.authenticate_as(tests.claims(tests.id('user', 'b')));
create temporary table first_ask on commit drop as
  select * from public.request_membership(tests.id('partnership', 'c'), 'Wij doen graag mee');
select is((select state from first_ask), 'requested', 'a provider asks to join');
select results_eq(
  $$ select membership_id, state from public.request_membership(tests.id('partnership', 'c'), 'Nogmaals') $$,
  $$ select membership_id, state from first_ask $$,
  'asking again answers with the same request'
);
select tests.clear_authentication();
select results_eq(
  $$ select count(*)::integer, min(message) from public.memberships where organisation_id = tests.id('org', 'b') and partnership_id = tests.id('partnership', 'c') $$,
  $$ values (1, 'Wij doen graag mee') $$, 'and does not duplicate or rewrite it'
);
select tests.authenticate_as(tests.claims(tests.id('user', 'b')));
select throws_ok(
  $$ select * from public.request_membership('33333333-0000-4000-8000-000000000001') $$,
  'SK008', 'not_found', 'an unknown partnership is SK008'
);
select throws_ok(
  $$ select * from public.decide_membership(tests.id('membership', 'a'), true) $$,
  'SK005', 'not_allowed', 'a provider cannot decide on someone else''s request'
);
select tests.clear_authentication();

-- Section - decide_membership
select tests.authenticate_as(tests.claims(tests.id('user', 'c')));
select results_eq(
  $$ select state from public.decide_membership(tests.id('membership', 'a'), true) $$,
  $$ values ('accepted') $$, 'the coordinator accepts a request'
);
select tests.clear_authentication();
select results_eq(
  $$ select status::text from public.seeker_registrations where id = tests.id('registration', 'a') $$,
  $$ values ('matched') $$, 'the accepted organisation''s open registration for that opleiding is matched'
);
select tests.authenticate_as(tests.claims(tests.id('user', 'c')));
select results_eq(
  $$ select state from public.decide_membership(
       (select id from public.memberships where organisation_id = tests.id('org', 'b') and partnership_id = tests.id('partnership', 'c')), true) $$,
  $$ values ('accepted') $$, 'the third member fills the partnership (room for 3)'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'y')));
select lives_ok(
  $$ select * from public.request_membership(tests.id('partnership', 'c')) $$, 'a fourth organisation asks to join'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select throws_ok(
  $$ select * from public.decide_membership(
       (select id from public.memberships where organisation_id = tests.id('org', 'y') and partnership_id = tests.id('partnership', 'c')), true) $$,
  'SK001', 'capacity_exceeded', 'accepting beyond max_members is SK001, also for the ambassador'
);
select results_eq(
  $$ select state from public.decide_membership(
       (select id from public.memberships where organisation_id = tests.id('org', 'y') and partnership_id = tests.id('partnership', 'c')), false, 'Groep is vol') $$,
  $$ values ('declined') $$, 'the ambassador declines with a reason'
);
select tests.clear_authentication();
select results_eq(
  $$ select action from public.audit_log where partnership_id = tests.id('partnership', 'c') and entity = 'membership' order by id $$,
  $$ values ('requested'), ('accepted'), ('accepted'), ('requested'), ('declined') $$,
  'every request and decision is in the audit trail'
);
select ok(
  (select bool_and(actor is not null) from public.audit_log where partnership_id = tests.id('partnership', 'c') and entity = 'membership'),
  'with who did it'
);

-- Section - create_invitation
update public.partnerships set max_members = 10 where id = tests.id('partnership', 'c');
select tests.authenticate_as(tests.claims(tests.id('user', 'a')));
select throws_ok(
  $$ select * from public.create_invitation(tests.id('partnership', 'c')) $$,
  'SK005', 'not_allowed', 'a member cannot invite on the partnership''s behalf'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'y')));
select throws_ok(
  $$ select * from public.create_invitation(null, 'groen', 'PV26') $$,
  'SK005', 'not_allowed', 'an ambassador cannot invite into another province'
);
select lives_ok(
  $$ select * from public.create_invitation(null, 'groen', 'PV31') $$,
  'an ambassador invites into their own province'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'c')));
create temporary table invite on commit drop as
  select * from public.create_invitation(tests.id('partnership', 'c'), 'groen', null, 7);
select tests.clear_authentication();
select matches((select token from invite), '^[0-9a-f]{64}$', 'the coordinator gets a 64-character token');
select is(
  (select count(*)::integer from public.invitations where token_hash = sha256(convert_to((select token from invite), 'UTF8'))),
  1, 'only its SHA-256 is stored'
);
select throws_ok($$ select * from public.create_invitation(null, null, 'PV26') $$,
  'SK007', 'not_signed_in', 'without a signed-in user there is no invitation');

-- Section - accept_invitation
insert into auth.users (id, email) values
  ('44444444-0000-4000-8000-000000000001', 'eerste@test.example'),
  ('44444444-0000-4000-8000-000000000002', 'tweede@test.example');
select tests.authenticate_as(tests.claims('44444444-0000-4000-8000-000000000001'));
select throws_ok($$ select * from public.accept_invitation('abc') $$, 'SK004', 'invitation_invalid', 'a malformed token is SK004');
select throws_ok($$ select * from public.accept_invitation(repeat('0', 64)) $$, 'SK004', 'invitation_invalid', 'an unknown token is SK004');
select results_eq(
  $$ select membership_state, partnership_id from public.accept_invitation((select token from invite),
       'Uitgenodigde Aanbieder', 'Locatie Soest', 'Soest', 52.17, 5.30, 'Nieuw Lid', 'lid@uitgenodigd.example') $$,
  $$ values ('accepted', tests.id('partnership', 'c')) $$,
  'the newcomer lands as an accepted member of the partnership'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims('44444444-0000-4000-8000-000000000002'));
select throws_ok(
  $$ select * from public.accept_invitation((select token from invite), 'Tweede Aanbieder') $$,
  'SK002', 'invitation_used', 'a second use of the same link is SK002'
);
select tests.clear_authentication();
update public.invitations set created_at = now() - interval '10 days', expires_at = now() - interval '1 day'
  where id = tests.id('invitation', 'c');
select tests.authenticate_as(tests.claims('44444444-0000-4000-8000-000000000002'));
select throws_ok(
  $$ select * from public.accept_invitation(repeat('c', 64), 'Tweede Aanbieder') $$,
  'SK003', 'invitation_expired', 'an expired link is SK003'
);
select tests.clear_authentication();

select * from finish();
rollback;
