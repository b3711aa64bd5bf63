-- Ambassadors' inbox and answers: who sees which newcomers and requests, and who may answer.
begin;
select plan(29);
select tests.create_fixture();

create function pg_temp.inbox(who text) returns setof text
language plpgsql as $$
begin
  perform tests.authenticate_as(tests.claims(tests.id('user', who)));
  return query select i.kind || ':' || i.organisation_name from public.ambassador_inbox() i
    where i.organisation_name like 'Fixture%' order by 1;
  perform tests.clear_authentication();
end
$$;

-- Section - who sees what
select results_eq($$ select * from pg_temp.inbox('x') $$,
  $$ values ('membership:Fixture Aanbieder A'), ('registration:Fixture Aanbieder A') $$,
  'the ambassador of Utrecht sees the newcomer and the join request in Utrecht');
select is_empty($$ select * from pg_temp.inbox('y') $$,
  'the ambassador of Limburg sees nothing of Utrecht');
select results_eq($$ select * from pg_temp.inbox('c') $$,
  $$ values ('membership:Fixture Aanbieder A') $$,
  'the coordinator sees the request for their partnership only');
select is_empty($$ select * from pg_temp.inbox('b') $$, 'another provider sees nothing');
select results_eq($$ select * from pg_temp.inbox('z') $$,
  $$ values ('membership:Fixture Aanbieder A'), ('registration:Fixture Aanbieder A') $$,
  'AvZ sees everything');

-- Section - answering
select tests.authenticate_as(tests.claims(tests.id('user', 'y')));
select throws_ok(
  $$ select * from public.answer_with_partnership(tests.id('registration', 'a'), tests.id('partnership', 'c'), true) $$,
  'SK005', 'not_allowed', 'the ambassador of another province cannot answer');
select throws_ok(
  $$ select * from public.decline_registration(tests.id('registration', 'a'), 'Te ver weg') $$,
  'SK005', 'not_allowed', 'nor decline');
select tests.clear_authentication();

select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select results_eq(
  $$ select state from public.answer_with_partnership(tests.id('registration', 'a'), tests.id('partnership', 'c'), true) $$,
  $$ values ('accepted') $$, 'the ambassador accepts the newcomer into a partnership in the province');
select tests.clear_authentication();
select results_eq(
  $$ select status::text, answered_at is not null from public.seeker_registrations where id = tests.id('registration', 'a') $$,
  $$ values ('matched', true) $$, 'the registration is answered and matched');
select is_empty($$ select * from pg_temp.inbox('x') $$, 'and leaves the inbox (the request was the same organisation)');

-- a second newcomer (B, with a site in Zeist), declined with a reason
insert into public.sites (id, organisation_id, name, place, lat, lng)
values ('77777777-0000-4000-8000-0000000000b2', tests.id('org', 'b'), 'Fixture locatie Zeist', 'Zeist', 52.089, 5.233);
insert into public.seeker_registrations (id, organisation_id, site_id, province_code, opleiding, student_count, client_request_id)
values ('77777777-0000-4000-8000-0000000000e2', tests.id('org', 'b'), '77777777-0000-4000-8000-0000000000b2', 'PV26', 'logistiek', 2, gen_random_uuid()),
       ('77777777-0000-4000-8000-0000000000e3', tests.id('org', 'b'), '77777777-0000-4000-8000-0000000000b2', 'PV26', 'groen', 2, gen_random_uuid());
select is((select routed_to_org_id from public.seeker_registrations where id = '77777777-0000-4000-8000-0000000000e2'),
  tests.id('org', 'x'), 'a registration is routed to the first ambassador of its site''s province');
select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select throws_ok(
  $$ select * from public.decline_registration('77777777-0000-4000-8000-0000000000e2', ' ') $$,
  'SK006', 'invalid_input', 'declining needs a reason');
select results_eq(
  $$ select status from public.decline_registration('77777777-0000-4000-8000-0000000000e2', 'Geen groep voor logistiek in de buurt') $$,
  $$ values ('withdrawn') $$, 'declined with a reason');
select throws_ok(
  $$ select * from public.answer_with_partnership('77777777-0000-4000-8000-0000000000e2', tests.id('partnership', 'c'), true) $$,
  'SK006', 'invalid_input', 'a declined registration cannot be answered again');
select results_eq(
  $$ select state from public.answer_with_partnership('77777777-0000-4000-8000-0000000000e3', tests.id('partnership', 'c'), false) $$,
  $$ values ('invited') $$, 'suggesting a partnership invites the organisation');
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'b')));
select results_eq(
  $$ select status, answer_note from public.my_registrations() where registration_id = '77777777-0000-4000-8000-0000000000e2' $$,
  $$ values ('withdrawn', 'Geen groep voor logistiek in de buurt') $$,
  'the provider reads the reason it was declined');
select tests.clear_authentication();

-- Section - the ambassador registry
select tests.authenticate_as(tests.claims(tests.id('user', 'a')));
select throws_ok($$ select * from public.assign_ambassador(tests.id('org', 'a'), 'PV24') $$,
  'SK005', 'not_allowed', 'only AvZ assigns ambassadors');
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'z')));
select lives_ok($$ select * from public.assign_ambassador(tests.id('org', 'c'), 'PV24', 'Flevoland') $$,
  'AvZ assigns an ambassador for Flevoland');
select results_eq(
  $$ select removed from public.remove_ambassador(tests.id('org', 'c'), 'PV24') $$,
  $$ values (true) $$, 'and removes it again');
select results_eq(
  $$ select action from public.audit_trail() where action like 'ambassador%' order by at, action $$,
  $$ values ('ambassador_assigned'), ('ambassador_removed') $$,
  'both are in the audit trail AvZ reads');
select tests.clear_authentication();

select tests.authenticate_as(tests.claims(tests.id('user', 'c')));
select is(
  (select count(*)::integer from public.audit_trail() where partnership_id is distinct from tests.id('partnership', 'c')),
  0, 'a coordinator reads only the trail of their own partnership');
select ok(
  (select count(*) from public.audit_trail(tests.id('partnership', 'c'))) >= 2,
  'including who accepted whom');
select tests.clear_authentication();

-- Section - proposing a new partnership to seekers who can meet
insert into public.seeker_registrations (id, organisation_id, site_id, opleiding, student_count, client_request_id)
values ('77777777-0000-4000-8000-0000000000e4', tests.id('org', 'b'), '77777777-0000-4000-8000-0000000000b2', 'facilitair', 6, gen_random_uuid());
select tests.authenticate_as(tests.claims(tests.id('user', 'a')));
select is(tests.error_of($$ select * from public.propose_partnership('Fixture Voorstel', 'facilitair', '77777777-0000-4000-8000-0000000000b2', array[tests.id('org', 'b')]) $$),
  'SK005 not_allowed', 'a provider cannot propose a partnership for others');
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'y')));
select is(tests.error_of($$ select * from public.propose_partnership('Fixture Voorstel', 'facilitair', '77777777-0000-4000-8000-0000000000b2', array[tests.id('org', 'b')]) $$),
  'SK005 not_allowed', 'nor can the ambassador of another province');
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select is(tests.error_of($$ select * from public.propose_partnership('Fixture Voorstel', 'facilitair', '77777777-0000-4000-8000-0000000000b2', array[tests.id('org', 'x')]) $$),
  'SK006 invalid_input organisations', 'the proposer does not invite itself');
select results_eq(
  $$ select invited from public.propose_partnership('Fixture Voorstel Facilitair Zeist', 'facilitair', '77777777-0000-4000-8000-0000000000b2', array[tests.id('org', 'b'), tests.id('org', 'a')], 'Samen een groep?') $$,
  $$ values (2) $$, 'the ambassador proposes a partnership meeting at a seeker''s site, inviting two');
select tests.clear_authentication();
select results_eq(
  $$ select m.organisation_id, m.role::text, m.state::text from public.memberships m
     join public.partnerships p on p.id = m.partnership_id
     where p.name = 'Fixture Voorstel Facilitair Zeist' order by m.role desc, m.organisation_id $$,
  $$ values (tests.id('org', 'x'), 'regiehouder', 'accepted'),
            (tests.id('org', 'a'), 'lid', 'invited'), (tests.id('org', 'b'), 'lid', 'invited') $$,
  'forming, coordinated for now by the ambassador, the seekers invited to decide');
select ok(
  (select answered_at is not null from public.seeker_registrations where id = '77777777-0000-4000-8000-0000000000e4'),
  'the seeker''s registration is answered');
select ok(
  exists (select 1 from public.notifications where recipient_org_id = tests.id('org', 'b') and kind = 'membership_invited'),
  'and the seeker is told it is invited');

select * from finish();
rollback;
