-- Race safety with two real sessions (dblink): two coordinators accepting into the last free
-- place, and two newcomers redeeming the same invitation link at once. The fixture is committed
-- so the other sessions see it, and removed again at the end.
select plan(7);

select tests.create_fixture();
update public.partnerships set max_members = 2 where id = tests.id('partnership', 'c');
insert into public.memberships (id, partnership_id, organisation_id, state)
values (tests.id('membership', 'b'), tests.id('partnership', 'c'), tests.id('org', 'b'), 'requested');
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

-- Section - the last free place
select pg_temp.open_session('first', tests.id('user', 'c'));
select pg_temp.open_session('second', tests.id('user', 'x'));
select results_eq(
  format('select * from dblink(%L, %L) as t(state text)', 'first',
         format('select state from public.decide_membership(%L, true)', tests.id('membership', 'a'))),
  $$ values ('accepted') $$,
  'the coordinator accepts into the last free place (transaction still open)'
);
select dblink_send_query('second', format('select state from public.decide_membership(%L, true)', tests.id('membership', 'b')));
select pg_sleep(0.3);
select is(dblink_is_busy('second'), 1, 'the ambassador''s accept waits for the coordinator''s');
select dblink_exec('first', 'commit');
select is_empty($$ select * from dblink_get_result('second', false) as t(state text) $$, 'the second accept returns nothing');
select matches(dblink_error_message('second'), 'capacity_exceeded', 'it fails with capacity_exceeded after the first commits');
-- An async query is done once dblink_get_result returns no more results.
select * from dblink_get_result('second', false) as t(state text);
select dblink_exec('second', 'rollback');
select dblink_disconnect('first');
select dblink_disconnect('second');

-- Section - one invitation, two newcomers
update public.partnerships set max_members = 10 where id = tests.id('partnership', 'c');
select pg_temp.open_session('first', '55555555-0000-4000-8000-000000000001');
select pg_temp.open_session('second', '55555555-0000-4000-8000-000000000002');
select results_eq(
  $$ select * from dblink('first', $q$ select membership_state from public.accept_invitation(repeat('c', 64), 'Race Aanbieder Een') $q$) as t(state text) $$,
  $$ values ('accepted') $$,
  'the first newcomer redeems the link'
);
select dblink_send_query('second', $q$ select membership_state from public.accept_invitation(repeat('c', 64), 'Race Aanbieder Twee') $q$);
select pg_sleep(0.3);
select dblink_exec('first', 'commit');
select is_empty($$ select * from dblink_get_result('second', false) as t(state text) $$, 'the second redemption returns nothing');
select matches(dblink_error_message('second'), 'invitation_used', 'it fails with invitation_used once the first commits');
-- An async query is done once dblink_get_result returns no more results.
select * from dblink_get_result('second', false) as t(state text);
select dblink_exec('second', 'rollback');
select dblink_disconnect('first');
select dblink_disconnect('second');

-- Section - clean up the committed fixture
delete from public.partnerships where id = tests.id('partnership', 'c');
delete from public.organisations where name in ('Race Aanbieder Een', 'Race Aanbieder Twee')
  or id in (select tests.id('org', w) from unnest(array['a', 'b', 'c', 'x', 'y', 'z']) w);
delete from auth.users where email like 'fixture-%@test.example' or email like 'race-%@test.example';

select * from finish();
