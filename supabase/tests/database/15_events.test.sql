-- Webinars and meetings: only the AvZ plans and changes events (times on the Amsterdam clock);
-- members register participants and a contact, or join the waiting list when full; places that
-- come free go to the waiting list in order; registrations are private to the registrant and
-- the AvZ; registrants hear of changes; the online link is for registrants only.
begin;
select plan(50);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create temporary table planned (id uuid) on commit drop;
grant select, insert on planned to anon, authenticated;

/** The event the AvZ plans below, small: five places. */
create or replace function pg_temp.small() returns uuid language sql as $$ select id from planned $$;
create or replace function pg_temp.status_of(who text) returns text language sql security definer as $$
  select status from public.event_registrations
  where event_id = pg_temp.small() and organisation_id = tests.id('org', who)
$$;
create or replace function pg_temp.notified(who text, what text) returns integer language sql security definer as $$
  select count(*)::integer from public.notifications
  where recipient_org_id = tests.id('org', who) and kind = what and entity_id = pg_temp.small()
$$;
grant execute on function pg_temp.small(), pg_temp.status_of(text), pg_temp.notified(text, text)
  to anon, authenticated;

-- Section - planning is for the AvZ
select tests.authenticate_as_anon();
select is(tests.error_of($$ select * from public.save_event('Webinar van niemand', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 10, '2027-01-19 12:00', place => 'Utrecht') $$),
  '42501 permission denied for function save_event', 'a visitor cannot plan an event');
select tests.clear_authentication();
select pg_temp.as_user('x');
select is(tests.error_of($$ select * from public.save_event('Webinar van een ambassadeur', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 10, '2027-01-19 12:00', place => 'Utrecht') $$),
  'SK005 not_allowed', 'an ambassador cannot plan an event');
select tests.clear_authentication();

select pg_temp.as_user('z');
select is(tests.error_of($$ select * from public.save_event('Test omgekeerd', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 09:00', 10, '2027-01-19 12:00', place => 'Utrecht') $$),
  'SK006 invalid_input ends_at', 'the end comes after the start');
select is(tests.error_of($$ select * from public.save_event('Test te laat', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 10, '2027-01-20 10:30', place => 'Utrecht') $$),
  'SK006 invalid_input registration_deadline', 'registration closes before the start');
select is(tests.error_of($$ select * from public.save_event('Test nergens', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 10, '2027-01-19 12:00') $$),
  'SK006 invalid_input place', 'an event is online or at a place');
select is(tests.error_of($$ select * from public.save_event('Test onveilig', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 10, '2027-01-19 12:00', online_url => 'http://webinar.example/x') $$),
  'SK006 invalid_input online_url', 'the online link is https');
select is(tests.error_of($$ select * from public.save_event('Test zonder plaatsen', 'Tekst',
  '2027-01-20 10:00', '2027-01-20 11:00', 0, '2027-01-19 12:00', place => 'Utrecht') $$),
  'SK006 invalid_input capacity', 'an event has at least one place');

select lives_ok($$ insert into planned select event_id from public.save_event('Test webinar zomertijd',
  'Tekst', '2027-03-28 10:00', '2027-03-28 11:30', 100, '2027-03-27 12:00',
  online_url => 'https://webinar.example/zomer') $$, 'the AvZ plans a webinar');
select is((select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') from public.events where id = (select id from planned)),
  '2027-03-28 08:00', 'times are on the Amsterdam clock: 10:00 on the first day of summer time is 08:00 UTC');
select tests.clear_authentication();
delete from planned;

select pg_temp.as_user('z');
select lives_ok($$ insert into planned select event_id from public.save_event('Test bijeenkomst Utrecht',
  'Tekst', (now() + interval '20 days')::timestamp, (now() + interval '20 days 2 hours')::timestamp, 5,
  (now() + interval '19 days')::timestamp, place => 'Utrecht', province => 'PV26',
  online_url => 'https://webinar.example/utrecht') $$, 'the AvZ plans a meeting with five places');
select tests.clear_authentication();

-- Section - registering, full, waiting list, nobody passed over
select tests.authenticate_as_anon();
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 1, 'Niemand', 'niemand@example.org') $$),
  '42501 permission denied for function register_for_event', 'a visitor cannot register');
select tests.clear_authentication();

select pg_temp.as_user('b');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 3, 'B', 'b@fixture.example') $$),
  'SK006 invalid_input contact_name', 'the contact''s name is needed');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 3, 'Contact b', 'geen-adres') $$),
  'SK006 invalid_input contact_email', 'and a valid e-mail address');
select results_eq($$ select status, queue_position from public.register_for_event(pg_temp.small(), 3, 'Contact b', 'b@fixture.example') $$,
  $$ values ('registered'::text, null::integer) $$, 'B registers three participants');
select is((select online_url from public.event_detail(pg_temp.small())), 'https://webinar.example/utrecht',
  'a registrant sees the online link');
select tests.clear_authentication();

select pg_temp.as_user('c');
select is((select online_url from public.event_detail(pg_temp.small())), null,
  'one who is not registered does not');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 3, 'Contact c', 'c@fixture.example') $$),
  'SK001 capacity_exceeded 2', 'three more do not fit in the two places left: refused, saying how many are left');
select results_eq($$ select status, queue_position from public.register_for_event(pg_temp.small(), 3, 'Contact c', 'c@fixture.example', waiting_list => true) $$,
  $$ values ('waiting'::text, 1) $$, 'C joins the waiting list, first in line');
select tests.clear_authentication();

select pg_temp.as_user('x');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 1, 'Contact x', 'x@fixture.example') $$),
  'SK001 capacity_exceeded 2', 'one place would fit, but C waits: X does not pass the waiting list');
select results_eq($$ select status, queue_position from public.register_for_event(pg_temp.small(), 1, 'Contact x', 'x@fixture.example', waiting_list => true) $$,
  $$ values ('waiting'::text, 2) $$, 'X waits behind C');
select tests.clear_authentication();

select pg_temp.as_user('b');
select lives_ok($$ select * from public.register_for_event(pg_temp.small(), 2, 'Contact b', 'b@fixture.example') $$,
  'B brings two participants instead of three');
select tests.clear_authentication();
select is(pg_temp.status_of('c'), 'registered', 'the three places free go to C, first in line');
select is(pg_temp.notified('c', 'event_place_offered'), 1, 'and C is told so');
select is(pg_temp.status_of('x'), 'waiting', 'X still waits: no place left');

select pg_temp.as_user('b');
select lives_ok('select * from public.cancel_event_registration(pg_temp.small())', 'B withdraws');
select tests.clear_authentication();
select is(pg_temp.status_of('x'), 'registered', 'X moves up into the places B left');
select is((select seats_taken from public.event_list() where id = pg_temp.small()), 4,
  'four of five places taken (C three, X one), the waiting list empty');

-- Section - private registrations
select pg_temp.as_user('c');
select results_eq($$ select organisation_name from public.event_registration_list(pg_temp.small()) $$,
  $$ values ('Fixture Regiehouder C'::text) $$, 'a registrant sees only its own registration');
select tests.clear_authentication();
select pg_temp.as_user('z');
select results_eq($$ select organisation_name, status from public.event_registration_list(pg_temp.small()) $$,
  $$ values ('Fixture Regiehouder C'::text, 'registered'::text), ('Fixture Ambassadeur Utrecht', 'registered') $$,
  'the AvZ sees all, in order');

-- Section - changes
select is(tests.error_of($$ select * from public.save_event('Test bijeenkomst Utrecht', 'Tekst',
  (now() + interval '20 days')::timestamp, (now() + interval '20 days 2 hours')::timestamp, 3,
  (now() + interval '19 days')::timestamp, place => 'Utrecht', province => 'PV26', event => pg_temp.small()) $$),
  'SK006 invalid_input capacity_below_registered', 'the capacity cannot drop below the places given');
select is(tests.error_of($$ select * from public.save_event('Test bijeenkomst Utrecht', 'Tekst',
  (now() + interval '20 days')::timestamp, (now() + interval '20 days 2 hours')::timestamp, 5,
  (now() + interval '19 days')::timestamp, place => 'Utrecht', province => 'PV26', expected_version => 0, event => pg_temp.small()) $$),
  'SK006 invalid_input stale_version', 'a save from an outdated form is refused');
select lives_ok($$ select * from public.save_event('Test bijeenkomst Utrecht', 'Langere tekst',
  (now() + interval '20 days')::timestamp, (now() + interval '20 days 2 hours')::timestamp, 5,
  (now() + interval '19 days')::timestamp, place => 'Utrecht', province => 'PV26',
  online_url => 'https://webinar.example/utrecht', expected_version => 1, event => pg_temp.small()) $$, 'the AvZ changes the description');
select tests.clear_authentication();
select is(pg_temp.notified('x', 'event_changed'), 0, 'a new description alone is no news for registrants');

select pg_temp.as_user('z');
select lives_ok($$ select * from public.save_event('Test bijeenkomst Utrecht', 'Langere tekst',
  (now() + interval '21 days')::timestamp, (now() + interval '21 days 2 hours')::timestamp, 5,
  (now() + interval '19 days')::timestamp, place => 'Amersfoort', province => 'PV26', event => pg_temp.small()) $$,
  'the AvZ moves the meeting a day and to another place');
select tests.clear_authentication();
select is(pg_temp.notified('x', 'event_changed') + pg_temp.notified('c', 'event_changed'), 2,
  'every registrant is told of the new time and place');
select pg_temp.as_user('x');
select is((select event_id from public.my_notifications() where kind = 'event_changed'), pg_temp.small(),
  'the notification leads to the event');
select tests.clear_authentication();

-- Section - called off
select pg_temp.as_user('x');
select is(tests.error_of($$ select * from public.cancel_event(pg_temp.small(), 'Te weinig animo') $$),
  'SK005 not_allowed', 'only the AvZ calls an event off');
select tests.clear_authentication();
select pg_temp.as_user('z');
select is(tests.error_of($$ select * from public.cancel_event(pg_temp.small(), 'X') $$),
  'SK006 invalid_input reason', 'with a reason of at least 3 characters');
select lives_ok($$ select * from public.cancel_event(pg_temp.small(), 'De spreker is ziek') $$,
  'the AvZ calls the meeting off');
select tests.clear_authentication();
select is(pg_temp.notified('x', 'event_cancelled') + pg_temp.notified('c', 'event_cancelled'), 2,
  'every registrant is told');
select tests.authenticate_as_anon();
select results_eq($$ select cancel_reason from public.event_cancellations() where event_id = pg_temp.small() $$,
  $$ values ('De spreker is ziek'::text) $$, 'anyone sees that it was called off, and why');
select tests.clear_authentication();
select pg_temp.as_user('a');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 1, 'Contact a', 'a@fixture.example') $$),
  'SK005 not_allowed event_cancelled', 'nobody registers for a meeting that was called off');
select tests.clear_authentication();

-- Section - going ahead after all
select pg_temp.as_user('x');
select is(tests.error_of($$ select * from public.reinstate_event(pg_temp.small()) $$),
  'SK005 not_allowed', 'only the AvZ lets it go ahead again');
select tests.clear_authentication();
select pg_temp.as_user('z');
select lives_ok($$ select * from public.reinstate_event(pg_temp.small()) $$,
  'the AvZ lets the meeting go ahead after all');
select is(tests.error_of($$ select * from public.reinstate_event(pg_temp.small()) $$),
  'SK006 invalid_input not_cancelled', 'a meeting that is on cannot be put on again');
select tests.clear_authentication();
select is(pg_temp.notified('x', 'event_reinstated') + pg_temp.notified('c', 'event_reinstated'), 2,
  'every registrant, kept through the calling off, is told');
select tests.authenticate_as_anon();
select is_empty($$ select 1 from public.event_cancellations() where event_id = pg_temp.small() $$,
  'nobody sees it as called off any more');
select tests.clear_authentication();
select pg_temp.as_user('z');
select lives_ok($$ select * from public.cancel_event(pg_temp.small(), 'Toch te weinig animo') $$,
  'it can be called off again');
select tests.clear_authentication();
create temporary table planned_before on commit drop as
  select starts_at, ends_at, registration_deadline from public.events where id = pg_temp.small();
update public.events set starts_at = now() - interval '1 hour', ends_at = now(),
  registration_deadline = now() - interval '2 hours' where id = pg_temp.small();
select pg_temp.as_user('z');
select is(tests.error_of($$ select * from public.reinstate_event(pg_temp.small()) $$),
  'SK005 not_allowed event_past', 'a meeting whose time has passed does not go ahead again');
select tests.clear_authentication();
update public.events e set starts_at = p.starts_at, ends_at = p.ends_at,
  registration_deadline = p.registration_deadline from planned_before p where e.id = pg_temp.small();

-- Section - closed
update public.events set registration_deadline = now() - interval '1 minute' where id = pg_temp.small();
select pg_temp.as_user('a');
select is(tests.error_of($$ select * from public.register_for_event(pg_temp.small(), 1, 'Contact a', 'a@fixture.example') $$),
  'SK005 not_allowed registration_closed', 'after the deadline nobody registers');
select tests.clear_authentication();

select * from finish();
rollback;
