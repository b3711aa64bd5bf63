-- Notifications reach the organisations concerned only; one digest row per person per day.
begin;
select plan(11);
select tests.create_fixture();

-- The fixture inserted a registration routed to X and a request to join P (coordinated by C).
select results_eq(
  $$ select o.name, n.kind from public.notifications n join public.organisations o on o.id = n.recipient_org_id
     where o.name like 'Fixture%' order by 1, 2 $$,
  $$ values ('Fixture Ambassadeur Utrecht', 'join_request'), ('Fixture Ambassadeur Utrecht', 'new_seeker'),
            ('Fixture Regiehouder C', 'join_request') $$,
  'the ambassador hears of the newcomer and the request; the coordinator of the request'
);
select results_eq(
  $$ select notification_count from public.notification_digests where user_id = tests.id('user', 'x') $$,
  $$ values (2) $$,
  'two notifications on one day make one digest row for the person'
);

select tests.authenticate_as(tests.claims(tests.id('user', 'y')));
select is_empty($$ select * from public.my_notifications() $$, 'the ambassador of Limburg gets none of it');
select is_empty($$ select * from public.notifications where subject like 'Fixture%' $$, 'and cannot read them');
select tests.clear_authentication();

select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select results_eq($$ select count(*)::integer from public.my_notifications() where not read $$, $$ values (2) $$,
  'the ambassador sees two unread notifications');
select results_eq($$ select marked from public.mark_notifications_read() $$, $$ values (2) $$, 'and marks them read');
select is_empty($$ select * from public.my_notifications() where not read $$, 'none unread afterwards');
select tests.clear_authentication();

-- A decision reaches the asker.
select tests.authenticate_as(tests.claims(tests.id('user', 'c')));
select lives_ok($$ select * from public.decide_membership(tests.id('membership', 'a'), true) $$, 'the coordinator accepts A');
select tests.clear_authentication();
select results_eq(
  $$ select kind, subject from public.notifications where recipient_org_id = tests.id('org', 'a') $$,
  $$ values ('membership_accepted', 'Fixture Groen Amersfoort') $$,
  'A is told it was accepted into the partnership'
);

-- Each notification names the partnership it is about, for a link; a registration names none.
select tests.authenticate_as(tests.claims(tests.id('user', 'a')));
select results_eq(
  $$ select kind, partnership_id from public.my_notifications() $$,
  $$ values ('membership_accepted', tests.id('partnership', 'c')) $$,
  'A''s notification links to the partnership it was accepted into'
);
select tests.clear_authentication();
select tests.authenticate_as(tests.claims(tests.id('user', 'x')));
select results_eq(
  $$ select kind, partnership_id from public.my_notifications() order by kind $$,
  $$ values ('join_request', tests.id('partnership', 'c')), ('new_seeker', null::uuid) $$,
  'the ambassador''s request links to its partnership, the newcomer to none'
);
select tests.clear_authentication();

select * from finish();
rollback;
