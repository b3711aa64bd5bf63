-- A newcomer placed in a group that stops before it starts is looking again: its registration is
-- open, back in the ambassador's inbox and on the map of seekers, and the ambassador hears of it.
-- Not when the group ran, when the newcomer is in another live group for that course, or when it
-- already registered again. Each case starts from a fresh fixture (tests.create_fixture drops and
-- recreates it) in the file's one transaction, which rolls back.
begin;
select plan(19);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create or replace function pg_temp.registration_state() returns text
language sql stable security definer as $$
  select status::text || case when answered_at is null then ' unanswered' else ' answered' end
  from public.seeker_registrations where id = tests.id('registration', 'a')
$$;
grant execute on function pg_temp.registration_state() to authenticated;
/** A fresh fixture in which newcomer A was let into C's forming group (run as superuser). */
create or replace function pg_temp.fresh_with_a_placed() returns void
language plpgsql as $$
begin
  perform tests.create_fixture();
  update public.memberships set state = 'accepted' where id = tests.id('membership', 'a');
  update public.seeker_registrations set status = 'matched', answered_at = now()
    where id = tests.id('registration', 'a');
end
$$;

-- The ambassador of Utrecht places newcomer A in the forming group of C.
select pg_temp.as_user('x');
select results_eq(
  format('select state from public.answer_with_partnership(%L, %L, true)',
         tests.id('registration', 'a'), tests.id('partnership', 'c')),
  $$ values ('accepted') $$, 'the ambassador places the newcomer in a forming group');
select results_eq('select pg_temp.registration_state()', $$ values ('matched answered') $$,
  'its registration is matched');
select is_empty(
  format('select 1 from public.ambassador_inbox() where id = %L', tests.id('registration', 'a')),
  'and out of the inbox');

-- Section - the group stops before it starts
select tests.clear_authentication();
-- The newcomer registered forty days ago.
update public.seeker_registrations set created_at = now() - interval '40 days',
  opened_at = now() - interval '40 days' where id = tests.id('registration', 'a');
select pg_temp.as_user('c');
select results_eq(
  format('select new_status from public.set_partnership_status(%L, ''ended'')', tests.id('partnership', 'c')),
  $$ values ('ended') $$, 'the regiehouder stops the group');
select results_eq('select pg_temp.registration_state()', $$ values ('open unanswered') $$,
  'the newcomer is looking again');
select tests.clear_authentication();
select pg_temp.as_user('x');
select results_eq(
  format('select kind, organisation_name from public.ambassador_inbox() where id = %L', tests.id('registration', 'a')),
  $$ values ('registration', 'Fixture Aanbieder A') $$, 'back in the ambassador''s inbox');
select results_eq(
  format('select waiting_since = now(), created_at = now() - interval ''40 days'' from public.ambassador_inbox() where id = %L', tests.id('registration', 'a')),
  $$ values (true, true) $$,
  'waiting from now, not from when it first registered (which it keeps)');
select results_eq(
  $$ select array_agg(kind || ' ' || waiting_since::date) from public.ambassador_inbox() $$,
  $$ select array_agg(kind || ' ' || waiting_since::date order by waiting_since)
     from public.ambassador_inbox() $$,
  'longest waiting first');
select tests.clear_authentication();
select results_eq(
  format($$ select recipient_org_id, subject, count(*)::integer from public.notifications
            where kind = 'new_seeker' and entity_id = %L group by 1, 2 $$, tests.id('registration', 'a')),
  format($$ values (%L::uuid, 'Fixture Aanbieder A', 2) $$, tests.id('org', 'x')),
  'the ambassador hears of it as of a new seeker: once when it registered, once now');
select pg_temp.as_user('a');
select results_eq(
  $$ select status from public.my_registrations() $$,
  $$ values ('open') $$, 'the newcomer sees its registration open');

-- Section - a group that ran and ended
select tests.clear_authentication();
select pg_temp.fresh_with_a_placed();
update public.partnerships set status = 'active', start_date = formed_on
  where id = tests.id('partnership', 'c');
select pg_temp.as_user('c');
select results_eq(
  format('select new_status from public.set_partnership_status(%L, ''ended'')', tests.id('partnership', 'c')),
  $$ values ('ended') $$, 'a group that ran ends');
select results_eq('select pg_temp.registration_state()', $$ values ('matched answered') $$,
  'its members had their course: nothing reopens');

-- Section - still in another group for the course
select tests.clear_authentication();
select pg_temp.fresh_with_a_placed();
insert into public.partnerships (id, name, opleidingen, status, coordinator_org_id, meeting_site_id,
                                 max_members, formed_on)
values (tests.id('partnership', 'other'), 'Fixture Groen Utrecht', '{groen}', 'forming',
        tests.id('org', 'x'), tests.id('site', 'x'), 10, current_date);
insert into public.memberships (partnership_id, organisation_id, role, state) values
  (tests.id('partnership', 'other'), tests.id('org', 'x'), 'regiehouder', 'accepted'),
  (tests.id('partnership', 'other'), tests.id('org', 'a'), 'lid', 'accepted');
select pg_temp.as_user('c');
select lives_ok(
  format('select * from public.set_partnership_status(%L, ''ended'')', tests.id('partnership', 'c')),
  'the group stops');
select results_eq('select pg_temp.registration_state()', $$ values ('matched answered') $$,
  'the newcomer stays placed: its other group for the course goes on');

-- Section - registered again meanwhile
select tests.clear_authentication();
select pg_temp.fresh_with_a_placed();
insert into public.seeker_registrations (organisation_id, site_id, province_code, opleiding,
                                         student_count, client_request_id)
values (tests.id('org', 'a'), tests.id('site', 'a'), 'PV26', 'groen', 4, gen_random_uuid());
select pg_temp.as_user('c');
select lives_ok(
  format('select * from public.set_partnership_status(%L, ''ended'')', tests.id('partnership', 'c')),
  'the group stops, though the newcomer already registered again');
select results_eq('select pg_temp.registration_state()', $$ values ('matched answered') $$,
  'the newer open registration stands; the old one stays as it was');
select tests.clear_authentication();
select results_eq(
  $$ select count(*)::integer from public.seeker_registrations
     where site_id = tests.id('site', 'a') and opleiding = 'groen' and status = 'open' $$,
  $$ values (1) $$, 'one open registration for the site and course');

-- Section - a join request made again
-- A provider refused a month ago asks again; the coordinator's inbox counts from today.
select tests.clear_authentication();
select tests.create_fixture();
update public.memberships set state = 'declined', created_at = now() - interval '30 days'
  where id = tests.id('membership', 'a');
select pg_temp.as_user('a');
select lives_ok(
  format('select * from public.request_membership(%L)', tests.id('partnership', 'c')),
  'the refused provider asks to join again');
select tests.clear_authentication();
select pg_temp.as_user('c');
select results_eq(
  format('select waiting_since = now(), created_at = now() - interval ''30 days'' from public.ambassador_inbox() where id = %L', tests.id('membership', 'a')),
  $$ values (true, true) $$,
  'its request waits from now, not from the first request (which the row keeps)');

select * from finish();
rollback;
