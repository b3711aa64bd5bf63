-- The write functions around a partnership's members: founding, inviting and answering,
-- withdrawing, leaving and removal, handing over coordination, the seat limit, and the
-- registrant's own registrations and contact. Happy paths and refusals, as the personas do it.
begin;
select plan(61);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create or replace function pg_temp.membership_of(who text) returns uuid
language sql stable security definer as $$
  select id from public.memberships
  where partnership_id = tests.id('partnership', 'c') and organisation_id = tests.id('org', who)
$$;
grant execute on function pg_temp.membership_of(text) to authenticated;
create or replace function pg_temp.notified(who text, kind text) returns bigint
language sql stable as $$
  select count(*) from public.notifications
  where recipient_org_id = tests.id('org', who) and notifications.kind = notified.kind
$$;

-- Section - found_partnership
select pg_temp.as_user('b');
select is(tests.error_of($$ select * from public.found_partnership(E'\u200b\u200b\u200b', '{logistiek}', tests.id('site', 'b')) $$),
  'SK006 invalid_input name', 'a name of zero-width spaces is refused, naming the field');
select is(tests.error_of($$ select * from public.found_partnership(repeat('x', 121), '{logistiek}', tests.id('site', 'b')) $$),
  'SK006 invalid_input name', 'an overlong name is refused');
select is(tests.error_of($$ select * from public.found_partnership('Fixture Logistiek Rotterdam', '{logistiek}', tests.id('site', 'c')) $$),
  'SK006 invalid_input meeting_site', 'a partnership cannot meet at another organisation''s site');
select is(tests.error_of($$ select * from public.found_partnership('Fixture Logistiek Rotterdam', '{}', tests.id('site', 'b')) $$),
  'SK006 invalid_input opleidingen', 'a partnership needs an opleiding');
select is(tests.error_of($$ select * from public.found_partnership('Fixture Logistiek Rotterdam', '{logistiek}', tests.id('site', 'b'), 'brancheopleiding', 'active') $$),
  'SK006 invalid_input status', 'a new partnership starts seeking or forming, never active');
select is(tests.error_of($$ select * from public.found_partnership('fixture groen amersfoort', '{groen}', tests.id('site', 'b')) $$),
  'SK006 invalid_input name_taken', 'a name in use (in any case) is refused');
select results_eq(
  $$ select province_code from public.found_partnership('Fixture Logistiek Rotterdam', '{logistiek}', tests.id('site', 'b'), 'brancheopleiding', 'seeking', 'Wij zoeken partners') $$,
  $$ values ('PV28') $$, 'a member founds a partnership at its own site, in that site''s province');
select results_eq(
  $$ select role, state from public.my_memberships() where partnership_name = 'Fixture Logistiek Rotterdam' $$,
  $$ values ('regiehouder', 'accepted') $$, 'the founder is its coordinator and first member');
select tests.clear_authentication();
select results_eq(
  $$ select status::text, coordinator_org_id from public.partnerships where name = 'Fixture Logistiek Rotterdam' $$,
  $$ values ('seeking', tests.id('org', 'b')) $$, 'stored as seeking, coordinated by the founder');
select ok(
  (select count(*) from public.notifications n join public.partnerships p on p.id = n.entity_id
   where p.name = 'Fixture Logistiek Rotterdam' and n.kind = 'partnership_founded'
     and n.recipient_org_id = tests.id('org', 'z')) = 1
  and (select count(*) from public.notifications n join public.partnerships p on p.id = n.entity_id
       join public.ambassadors a on a.organisation_id = n.recipient_org_id and a.province_code = 'PV28'
       where p.name = 'Fixture Logistiek Rotterdam' and n.kind = 'partnership_founded') >= 1,
  'the province''s ambassador and the AvZ hear of it');
insert into auth.users (id, email) values ('66666666-0000-4000-8000-000000000001', 'test-zonder-org@test.example');
select tests.authenticate_as(tests.claims('66666666-0000-4000-8000-000000000001'));
select is(tests.error_of($$ select * from public.found_partnership('Fixture Zonder Organisatie', '{groen}', tests.id('site', 'b')) $$),
  'SK005 not_allowed no_organisation', 'without an organisation there is nothing to found with');
select tests.clear_authentication();

-- Section - invite_organisation and respond_to_invitation
select pg_temp.as_user('a');
select is(tests.error_of($$ select * from public.invite_organisation(tests.id('partnership', 'c'), tests.id('org', 'b')) $$),
  'SK005 not_allowed', 'an organisation that does not steer the partnership cannot invite');
select tests.clear_authentication();
select pg_temp.as_user('c');
select results_eq(
  $$ select state from public.invite_organisation(tests.id('partnership', 'c'), tests.id('org', 'b'), 'Doe mee!') $$,
  $$ values ('invited') $$, 'the coordinator invites an organisation');
select results_eq(
  $$ select contact_visible from public.organisation_details(tests.id('org', 'b')) $$,
  $$ values (false) $$, 'inviting opens nothing: the coordinator does not see the invited''s contact');
select is(tests.error_of(format('select * from public.decide_membership(%L, true)', pg_temp.membership_of('b'))),
  'SK006 invalid_input not_requested', 'the inviter cannot accept on the invited organisation''s behalf');
select is(tests.error_of(format('select * from public.respond_to_invitation(%L, true)', pg_temp.membership_of('b'))),
  'SK008 not_found membership', 'nor answer the invitation as if it were the invited');
select is(tests.error_of($$ select * from public.invite_organisation(tests.id('partnership', 'c'), tests.id('org', 'a')) $$),
  'SK006 invalid_input already_requested', 'an organisation that asked already is decided on, not invited');
select tests.clear_authentication();
select is(pg_temp.notified('b', 'membership_invited'), 1::bigint, 'the invited organisation is told');
select pg_temp.as_user('b');
select results_eq(
  $$ select contact_visible from public.organisation_details(tests.id('org', 'c')) $$,
  $$ values (true) $$, 'the invited organisation sees the inviter''s contact to decide');
select results_eq(
  $$ select partnership_name, state, message from public.my_memberships() where partnership_id = tests.id('partnership', 'c') $$,
  $$ values ('Fixture Groen Amersfoort', 'invited', 'Doe mee!') $$, 'and finds the invitation with its message');
select results_eq(
  format('select state from public.respond_to_invitation(%L, true)', pg_temp.membership_of('b')),
  $$ values ('accepted') $$, 'the invited organisation accepts');
select tests.clear_authentication();
select is(pg_temp.notified('c', 'invitation_accepted'), 1::bigint, 'the coordinator is told');
select pg_temp.as_user('c');
select results_eq(
  $$ select contact_visible from public.organisation_details(tests.id('org', 'b')) $$,
  $$ values (true) $$, 'once both agreed, the coordinator sees the new member''s contact');
select tests.clear_authentication();

-- Section - withdraw_invitation and withdraw_request
select pg_temp.as_user('c');
select lives_ok($$ select * from public.invite_organisation(tests.id('partnership', 'c'), tests.id('org', 'y')) $$,
  'the coordinator invites another organisation');
select tests.clear_authentication();
select pg_temp.as_user('a');
select is(tests.error_of(format('select * from public.withdraw_invitation(%L)', pg_temp.membership_of('y'))),
  'SK005 not_allowed', 'only a steering role withdraws an invitation');
select is(tests.error_of(format('select * from public.withdraw_request(%L)', pg_temp.membership_of('y'))),
  'SK008 not_found membership', 'and nobody withdraws another organisation''s request');
select tests.clear_authentication();
select pg_temp.as_user('c');
select results_eq(
  format('select state from public.withdraw_invitation(%L)', pg_temp.membership_of('y')),
  $$ values ('withdrawn') $$, 'the coordinator withdraws the invitation');
select tests.clear_authentication();
select is(pg_temp.membership_of('y'), null, 'and it is gone');
select pg_temp.as_user('a');
select results_eq(
  format('select state from public.withdraw_request(%L)', pg_temp.membership_of('a')),
  $$ values ('withdrawn') $$, 'an organisation withdraws its own request');
select tests.clear_authentication();

-- Section - leave_partnership and remove_member
select pg_temp.as_user('c');
select is(tests.error_of($$ select * from public.leave_partnership(tests.id('partnership', 'c')) $$),
  'SK006 invalid_input coordinator_must_hand_over', 'the coordinator hands over before leaving');
select tests.clear_authentication();
select pg_temp.as_user('b');
select results_eq(
  $$ select state from public.leave_partnership(tests.id('partnership', 'c'), 'Te ver weg') $$,
  $$ values ('left') $$, 'a member leaves');
select tests.clear_authentication();
select is(pg_temp.notified('c', 'member_left'), 1::bigint, 'the coordinator is told');
select pg_temp.as_user('a');
select lives_ok($$ select * from public.request_membership(tests.id('partnership', 'c')) $$, 'an organisation asks (again)');
select tests.clear_authentication();
select pg_temp.as_user('c');
select lives_ok(format('select * from public.decide_membership(%L, true)', pg_temp.membership_of('a')),
  'and is accepted');
select tests.clear_authentication();
select pg_temp.as_user('b');
select is(tests.error_of(format('select * from public.remove_member(%L, %L)', pg_temp.membership_of('a'), 'Weg ermee')),
  'SK005 not_allowed', 'a former member cannot remove anyone');
select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of(format('select * from public.remove_member(%L, %L)', pg_temp.membership_of('a'), ' ')),
  'SK006 invalid_input reason', 'removing a member needs a reason');
select results_eq(
  format('select state from public.remove_member(%L, %L)', pg_temp.membership_of('a'), 'Geen deelnemers meer'),
  $$ values ('left') $$, 'the coordinator removes a member with a reason');
select tests.clear_authentication();
select is(pg_temp.notified('a', 'membership_ended'), 1::bigint, 'the removed organisation is told');

-- Section - handing over coordination
select pg_temp.as_user('c');
select lives_ok($$ select * from public.invite_organisation(tests.id('partnership', 'c'), tests.id('org', 'x')) $$,
  'the coordinator invites the ambassador''s organisation');
select tests.clear_authentication();
select pg_temp.as_user('x');
select lives_ok(format('select * from public.respond_to_invitation(%L, true)', pg_temp.membership_of('x')),
  'which accepts');
select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of($$ select * from public.hand_over_coordination(tests.id('partnership', 'c'), tests.id('org', 'b')) $$),
  'SK006 invalid_input organisation', 'coordination goes only to an accepted member');
select results_eq(
  $$ select pending_coordinator_org_id from public.hand_over_coordination(tests.id('partnership', 'c'), tests.id('org', 'x')) $$,
  $$ values (tests.id('org', 'x')) $$, 'the coordinator offers the coordination to a member');
select tests.clear_authentication();
select is(pg_temp.notified('x', 'coordination_offered'), 1::bigint, 'who is told');
select pg_temp.as_user('b');
select is(tests.error_of($$ select * from public.respond_to_handover(tests.id('partnership', 'c'), true) $$),
  'SK005 not_allowed', 'nobody else can take it');
select tests.clear_authentication();
select pg_temp.as_user('x');
select results_eq(
  $$ select coordinator_org_id from public.respond_to_handover(tests.id('partnership', 'c'), true) $$,
  $$ values (tests.id('org', 'x')) $$, 'the member accepts and coordinates');
select tests.clear_authentication();
select results_eq(
  $$ select organisation_id, role::text from public.memberships
     where partnership_id = tests.id('partnership', 'c') and state = 'accepted' order by role $$,
  $$ values (tests.id('org', 'c'), 'lid'), (tests.id('org', 'x'), 'regiehouder') $$,
  'the roles are swapped');
select is(pg_temp.notified('c', 'coordination_accepted'), 1::bigint, 'and the former coordinator is told');

-- Section - set_max_members (AvZ only)
select pg_temp.as_user('x');
select is(tests.error_of($$ select * from public.set_max_members(tests.id('partnership', 'c'), 20) $$),
  'SK005 not_allowed', 'a coordinator cannot raise the seat limit');
select tests.clear_authentication();
select pg_temp.as_user('z');
select is(tests.error_of($$ select * from public.set_max_members(tests.id('partnership', 'c'), 1) $$),
  'SK006 invalid_input max_members', 'a limit below the accepted members is refused');
select results_eq(
  $$ select capacity from public.set_max_members(tests.id('partnership', 'c'), 6) $$,
  $$ values (6) $$, 'the AvZ sets the seat limit');
select tests.clear_authentication();

-- Section - the registrant's own registrations and contact
select pg_temp.as_user('b');
create temporary table registered on commit drop as
  select * from public.register_seeker(gen_random_uuid(), 'Fixture locatie B', 'Rotterdam', 51.9244, 4.4777,
                                       'facilitair', 3, 'ov', 30, 'join', 'Contact b', 'b@fixture.example', null);
select results_eq(
  $$ select registration_id from public.register_seeker(gen_random_uuid(), 'Fixture locatie B', 'Rotterdam', 51.9244, 4.4777,
                                       'facilitair', 4, 'ov', 30, 'found', 'Contact b', 'b@fixture.example', null) $$,
  $$ select registration_id from registered $$,
  'registering again for the same site and opleiding updates the open registration');
select results_eq(
  $$ select status from public.update_registration((select registration_id from registered), 5, 'fiets', 25, 'found') $$,
  $$ values ('open') $$, 'the registrant updates its registration');
select results_eq(
  $$ select student_count, travel_mode, max_minutes, intent from public.my_registrations()
     where registration_id = (select registration_id from registered) $$,
  $$ values (5, 'fiets', 25, 'found') $$, 'and sees the new numbers');
select is(tests.error_of($$ select * from public.update_registration((select registration_id from registered), 0, 'fiets', 25, 'found') $$),
  'SK006 invalid_input student_count', 'numbers are checked');
select tests.clear_authentication();
select pg_temp.as_user('a');
select is(tests.error_of($$ select * from public.withdraw_registration((select registration_id from registered)) $$),
  'SK008 not_found registration', 'nobody else withdraws it');
select tests.clear_authentication();
select pg_temp.as_user('b');
select results_eq(
  $$ select status from public.withdraw_registration((select registration_id from registered)) $$,
  $$ values ('withdrawn') $$, 'the registrant withdraws it');
select is(tests.error_of($$ select * from public.update_registration((select registration_id from registered), 2, 'ov', 30, 'join') $$),
  'SK006 invalid_input not_open', 'a withdrawn registration cannot be changed');
select is(tests.error_of(format('select * from public.save_my_contact(%L, %L)', 'Contact b', repeat('a', 250) || '@b.nl')),
  'SK006 invalid_input email', 'an e-mail address over 254 characters is refused');
select is(tests.error_of(format('select * from public.save_my_contact(%L, %L)', E'Jan \u202eJansen', 'jan@b.example')),
  'SK006 invalid_input contact_name', 'a name with a right-to-left override is refused');
select results_eq(
  $$ select saved from public.save_my_contact('Jan Jansen', 'Jan@B.example', '010 1234567') $$,
  $$ values (true) $$, 'the organisation saves its contact');
select results_eq(
  $$ select contact_name, email, phone from public.organisation_details(tests.id('org', 'b')) $$,
  $$ values ('Jan Jansen', 'jan@b.example', '010 1234567') $$, 'and reads it back, the e-mail in lower case');
select tests.clear_authentication();

select * from finish();
rollback;
