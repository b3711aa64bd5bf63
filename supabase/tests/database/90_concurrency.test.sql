-- Race safety with real concurrent sessions (dblink). The seat limit holds whichever way a
-- member is accepted: a decided request, an answered invitation, a redeemed invitation link or
-- an ambassador's answer to a registration. Each race leaves one free place, lets the first
-- session take it with its transaction still open, and checks that the second waits and then
-- fails with capacity_exceeded. And two newcomers redeem the same link at once: one wins.
-- The fixture is committed so the other sessions see it, and removed again at the end.
select plan(21);

select tests.create_fixture();
update public.partnerships set max_members = 2 where id = tests.id('partnership', 'c');
insert into public.memberships (id, partnership_id, organisation_id, state) values
  (tests.id('membership', 'b'), tests.id('partnership', 'c'), tests.id('org', 'b'), 'requested');
insert into public.memberships (id, partnership_id, organisation_id, state, decided_by) values
  (tests.id('membership', 'y'), tests.id('partnership', 'c'), tests.id('org', 'y'), 'invited', tests.id('user', 'c'));
insert into public.seeker_registrations (id, organisation_id, site_id, opleiding, student_count, client_request_id)
values ('88888888-0000-4000-8000-0000000000e1', tests.id('org', 'b'), tests.id('site', 'b'), 'groen', 4, gen_random_uuid());
insert into auth.users (id, email) values
  ('55555555-0000-4000-8000-000000000001', 'race-1@test.example'),
  ('55555555-0000-4000-8000-000000000002', 'race-2@test.example');

create or replace function pg_temp.open_session(name text, user_id uuid) returns void
language plpgsql as $$
begin
  perform dblink_connect(name, format('host=%s port=%s dbname=%s user=%s',
    coalesce(host(inet_server_addr()), 'localhost'), current_setting('port'), current_database(), current_user));
  perform dblink_exec(name, 'begin');
  perform dblink_exec(name, format('set local request.jwt.claims = %L',
    jsonb_build_object('sub', user_id, 'role', 'authenticated')));
  perform dblink_exec(name, 'set local role authenticated');
end
$$;

create or replace function pg_temp.close_sessions() returns void
language plpgsql as $$
begin
  perform dblink_exec('second', 'rollback');
  perform dblink_disconnect('first');
  perform dblink_disconnect('second');
end
$$;

/** Starts `second` (which must wait), commits `first`, and returns the error `second` ends with. */
create or replace function pg_temp.race(second_statement text) returns text
language plpgsql as $$
declare
  waited boolean;
  message text;
begin
  perform dblink_send_query('second', second_statement);
  perform pg_sleep(0.3);
  waited := dblink_is_busy('second') = 1;
  perform dblink_exec('first', 'commit');
  perform * from dblink_get_result('second', false) as t(state text);
  message := dblink_error_message('second');
  -- An async query is done once dblink_get_result returns no more results.
  perform * from dblink_get_result('second', false) as t(state text);
  return case when waited then 'waited, then ' else 'did not wait, ' end || message;
end
$$;

create or replace function pg_temp.accepted_members() returns integer
language sql as $$
  select count(*)::integer from public.memberships
  where partnership_id = tests.id('partnership', 'c') and state = 'accepted'
$$;

-- Section - a request against a request
select pg_temp.open_session('first', tests.id('user', 'c'));
select pg_temp.open_session('second', tests.id('user', 'x'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format('select state from public.decide_membership(%L, true)', tests.id('membership', 'a'))),
  $$ values ('accepted') $$,
  'the coordinator accepts a request into the last free place (transaction still open)'
);
select matches(
  pg_temp.race(format('select state from public.decide_membership(%L, true)', tests.id('membership', 'b'))),
  '^waited, then .*capacity_exceeded', 'the ambassador''s accept of another request waits, then fails: full');
select pg_temp.close_sessions();
select is(pg_temp.accepted_members(), 2, 'two members, as the limit says');

-- Section - an answered invitation against a request
update public.partnerships set max_members = 3 where id = tests.id('partnership', 'c');
select pg_temp.open_session('first', tests.id('user', 'y'));
select pg_temp.open_session('second', tests.id('user', 'c'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format('select state from public.respond_to_invitation(%L, true)', tests.id('membership', 'y'))),
  $$ values ('accepted') $$,
  'the invited organisation accepts into the last free place'
);
select matches(
  pg_temp.race(format('select state from public.decide_membership(%L, true)', tests.id('membership', 'b'))),
  '^waited, then .*capacity_exceeded', 'the coordinator''s accept of a request waits, then fails: full');
select pg_temp.close_sessions();
select is(pg_temp.accepted_members(), 3, 'three members, as the limit says');

-- Section - a redeemed link against an answered registration
update public.partnerships set max_members = 4 where id = tests.id('partnership', 'c');
select pg_temp.open_session('first', '55555555-0000-4000-8000-000000000001');
select pg_temp.open_session('second', tests.id('user', 'z'));
select results_eq(
  $$ select * from dblink('first', $q$ select membership_state from public.accept_invitation(repeat('c', 64), 'Race Aanbieder Een') $q$) as t(state text) $$,
  $$ values ('accepted') $$,
  'a newcomer redeems an invitation link into the last free place'
);
select matches(
  pg_temp.race($q$ select state from public.answer_with_partnership('88888888-0000-4000-8000-0000000000e1', tests.id('partnership', 'c'), true) $q$),
  '^waited, then .*capacity_exceeded', 'the AvZ''s accept of a registration waits, then fails: full');
select pg_temp.close_sessions();
select is(pg_temp.accepted_members(), 4, 'four members, as the limit says');

-- Section - the AvZ changing the limit waits for an accept in flight
update public.partnerships set max_members = 5 where id = tests.id('partnership', 'c');
select pg_temp.open_session('first', tests.id('user', 'c'));
select pg_temp.open_session('second', tests.id('user', 'z'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format('select state from public.decide_membership(%L, true)', tests.id('membership', 'b'))),
  $$ values ('accepted') $$,
  'the coordinator accepts into the last free place'
);
select matches(
  pg_temp.race(format('select capacity::text from public.set_max_members(%L, 4)', tests.id('partnership', 'c'))),
  '^waited, then .*invalid_input', 'lowering the limit meanwhile waits, then fails: below the members');
select pg_temp.close_sessions();
select is(pg_temp.accepted_members(), 5, 'five members, as the limit says');

-- Section - one invitation link, two newcomers
insert into public.invitations (token_hash, inviter_org_id, created_by, partnership_id, province_code, expires_at)
values (sha256(convert_to(repeat('d', 64), 'UTF8')), tests.id('org', 'x'), tests.id('user', 'x'), null, 'PV26',
        now() + interval '7 days');
insert into auth.users (id, email) values (tests.id('user', 'w'), 'race-3@test.example');
select pg_temp.open_session('first', '55555555-0000-4000-8000-000000000002');
select pg_temp.open_session('second', tests.id('user', 'w'));
select results_eq(
  $$ select * from dblink('first', $q$ select organisation_id is not null from public.accept_invitation(repeat('d', 64), 'Race Aanbieder Twee') $q$) as t(ok boolean) $$,
  $$ values (true) $$,
  'the first newcomer redeems the link'
);
select matches(
  pg_temp.race($q$ select organisation_id::text from public.accept_invitation(repeat('d', 64), 'Race Aanbieder Drie') $q$),
  '^waited, then .*invitation_used', 'the second waits, then fails: used');
select pg_temp.close_sessions();
select is(
  (select count(*)::integer from public.organisations where name like 'Race Aanbieder%'),
  2, 'one organisation per redeemed link: Een (the first link) and Twee');

select is(
  (select count(*)::integer from public.memberships m join public.partnerships p on p.id = m.partnership_id
   where m.state = 'accepted'
   group by p.id, p.max_members having count(*) > p.max_members limit 1),
  null, 'no partnership anywhere has more accepted members than its limit');

-- Section - two registrations for the last places of an event
/** Like race, but returns the second statement's first value when it succeeds. */
create or replace function pg_temp.race_result(second_statement text) returns text
language plpgsql as $$
declare
  waited boolean;
  outcome text;
begin
  perform dblink_send_query('second', second_statement);
  perform pg_sleep(0.3);
  waited := dblink_is_busy('second') = 1;
  perform dblink_exec('first', 'commit');
  select t.state into outcome from dblink_get_result('second', false) as t(state text);
  outcome := coalesce(outcome, dblink_error_message('second'));
  perform * from dblink_get_result('second', false) as t(state text);
  return case when waited then 'waited, then ' else 'did not wait, ' end || outcome;
end
$$;
create or replace function pg_temp.event_seats() returns integer
language sql as $$
  select coalesce(sum(participants), 0)::integer from public.event_registrations
  where event_id = tests.id('event', 'z') and status = 'registered'
$$;
-- Four places, A has two: two are left.
update public.events set capacity = 4 where id = tests.id('event', 'z');
select pg_temp.open_session('first', tests.id('user', 'b'));
select pg_temp.open_session('second', tests.id('user', 'c'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format($q$ select status from public.register_for_event(%L, 2, 'Race B', 'race-b@test.example') $q$, tests.id('event', 'z'))),
  $$ values ('registered') $$,
  'B registers two participants into the last two places (transaction still open)'
);
select matches(
  pg_temp.race_result(format($q$ select status from public.register_for_event(%L, 2, 'Race C', 'race-c@test.example', waiting_list => true) $q$, tests.id('event', 'z'))),
  '^waited, then waiting$', 'C''s registration at the same moment waits, then joins the waiting list');
select pg_temp.close_sessions();
select is(pg_temp.event_seats(), 4, 'four places given, as the capacity says');

select pg_temp.open_session('first', tests.id('user', 'b'));
select pg_temp.open_session('second', tests.id('user', 'x'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format('select cancelled::text from public.cancel_event_registration(%L)', tests.id('event', 'z'))),
  $$ values ('true') $$,
  'B withdraws (transaction still open)'
);
select matches(
  pg_temp.race_result(format($q$ select status from public.register_for_event(%L, 2, 'Race X', 'race-x@test.example') $q$, tests.id('event', 'z'))),
  '^waited, then registered$', 'X registering at the same moment waits, then gets the places B left');
select pg_temp.close_sessions();

-- Section - clean up the committed fixture
select tests.drop_fixture();

select * from finish();
