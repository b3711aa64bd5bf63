-- The partnership workspace: status changes only through set_partnership_status, refused with
-- the failing rules; only the coordinator and the AvZ change a partnership; members and steering
-- roles read the members' part, visitors and outsiders do not; agreements, dates and signatures.
begin;
select plan(55);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create or replace function pg_temp.status_of(p uuid) returns text
language sql stable security definer as $$ select status::text from public.partnerships where id = p $$;
grant execute on function pg_temp.status_of(uuid) to authenticated;
create or replace function pg_temp.status_on(p uuid, on_day date) returns text
language sql stable security definer as $$
  select public.partnership_status_on(x, on_day)::text from public.partnerships x where id = p
$$;
grant execute on function pg_temp.status_on(uuid, date) to authenticated;
create or replace function pg_temp.request_of(who text) returns uuid
language sql stable security definer as $$
  select id from public.memberships
  where partnership_id = tests.id('partnership', 'c') and organisation_id = tests.id('org', who)
$$;
grant execute on function pg_temp.request_of(text) to authenticated;

-- Section - who may change a partnership
select tests.clear_authentication();
select pg_temp.as_user('b');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'active')),
  'SK005 not_allowed', 'an outsider cannot change a partnership''s status');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, true)', tests.id('partnership', 'c'), 'trainers', tests.id('org', 'c'))),
  'SK005 not_allowed', 'an outsider cannot record an agreement');
select tests.clear_authentication();
select pg_temp.as_user('x');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'seeking')),
  'SK005 not_allowed', 'the ambassador steers newcomers but does not change the partnership');
select is(tests.error_of(format('select * from public.save_training_plan(%L, 2028)', tests.id('partnership', 'c'))),
  'SK005 not_allowed', 'nor its training plan');
select tests.authenticate_as_anon();
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'active')),
  '42501 permission denied for function set_partnership_status', 'visitors cannot call it at all');

-- Section - the members' part
select tests.authenticate_as_anon();
select is_empty(format('select * from public.partnership_workspace(%L)', tests.id('partnership', 'c')),
  'a visitor gets no members'' part');
select tests.clear_authentication();
select pg_temp.as_user('b');
select is_empty(format('select * from public.partnership_workspace(%L)', tests.id('partnership', 'c')),
  'nor does an outsider');
select tests.clear_authentication();
select pg_temp.as_user('a');
select is_empty(format('select * from public.partnership_workspace(%L)', tests.id('partnership', 'c')),
  'nor an organisation whose request is still open');
select tests.clear_authentication();
select pg_temp.as_user('x');
select isnt_empty(format('select * from public.partnership_workspace(%L)', tests.id('partnership', 'c')),
  'the ambassador of the province reads it');
select tests.clear_authentication();
select pg_temp.as_user('z');
select isnt_empty(format('select * from public.partnership_workspace(%L)', tests.id('partnership', 'c')),
  'the AvZ reads it');
select tests.clear_authentication();
select pg_temp.as_user('c');
select results_eq(
  format($$ select r->>'rule_id', (r->>'passed')::boolean, (r->>'have')::integer, (r->>'need')::integer
            from public.partnership_workspace(%L) w, jsonb_array_elements(w.rules) r $$, tests.id('partnership', 'c')),
  $$ values ('members', false, 1, 2), ('group', false, 0, 10), ('applicant', false, 0, 1), ('location', false, 0, 1) $$,
  'the coordinator reads every rule of its scheme, with how far along it is');
select results_eq(
  format($$ select jsonb_array_length(pending), pending->0->>'name', pending->0->>'message' is null
            from public.partnership_workspace(%L) $$, tests.id('partnership', 'c')),
  $$ values (1, 'Fixture Aanbieder A', true) $$, 'and the open request (this one came without a message)');
select results_eq(
  format($$ select involved, rules_passed, rules_total, agreements_settled
            from public.partnership_directory() where id = %L $$, tests.id('partnership', 'c')),
  $$ values (true, 0, 4, 0) $$, 'the directory shows the coordinator how ready it is');
select tests.authenticate_as_anon();
select results_eq(
  format($$ select involved, rules_passed, rules_total, agreements_settled, member_count
            from public.partnership_directory() where id = %L $$, tests.id('partnership', 'c')),
  $$ values (false, null::integer, null::integer, null::integer, 1) $$,
  'and a visitor only the public part');
select results_eq(
  format($$ select name, jsonb_array_length(members), sees_members_part, may_manage
            from public.partnership_page(%L) $$, tests.id('partnership', 'c')),
  $$ values ('Fixture Groen Amersfoort', 1, false, false) $$,
  'the public page names the members, without the members'' part');

-- Section - the status guard
select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L, %L)', tests.id('partnership', 'c'), 'ended',
    (select formed_on - 1 from public.partnerships where id = tests.id('partnership', 'c')))),
  'SK006 invalid_input on_day', 'a forming partnership does not stop before it was formed');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'active')),
  'SK009 rules_failed members,group,applicant,location', 'starting is refused with every failing rule');
select is(pg_temp.status_of(tests.id('partnership', 'c')), 'forming', 'and nothing changed');

-- Section - agreements
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, null, true)', tests.id('partnership', 'c'), 'subsidieaanvrager')),
  'SK006 invalid_input responsible', 'a settled agreement names who is responsible');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, true)', tests.id('partnership', 'c'), 'subsidieaanvrager', tests.id('org', 'b'))),
  'SK006 invalid_input responsible', 'and that is a member');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, true)', tests.id('partnership', 'c'), 'groepslocatie', tests.id('org', 'c'))),
  'SK006 invalid_input sites', 'a settled group location names its site');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, true, null, array[%L, %L]::uuid[])',
    tests.id('partnership', 'c'), 'groepslocatie', tests.id('org', 'c'), tests.id('site', 'c'), tests.id('site', 'a'))),
  'SK006 invalid_input sites', 'one site');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, false, null, array[gen_random_uuid()])',
    tests.id('partnership', 'c'), 'praktijkplaatsen', tests.id('org', 'c'))),
  'SK006 invalid_input sites', 'a site that does not exist is refused');
select is(tests.error_of(format('select * from public.save_agreement(%L, %L, %L, false, %L)',
    tests.id('partnership', 'c'), 'trainers', tests.id('org', 'c'), E'\u202e')),
  'SK006 invalid_input note', 'a note of hidden characters is refused');
select lives_ok(format('select * from public.save_agreement(%L, %L, %L, true, %L)',
    tests.id('partnership', 'c'), 'subsidieaanvrager', tests.id('org', 'c'), 'Vraagt aan voor de groep'),
  'the coordinator records the subsidy applicant');
select lives_ok(format('select * from public.save_agreement(%L, %L, %L, true, null, array[%L]::uuid[])',
    tests.id('partnership', 'c'), 'groepslocatie', tests.id('org', 'c'), tests.id('site', 'c')),
  'and the group location');
select lives_ok(format('select * from public.save_agreement(%L, %L, %L, true, null, array[%L, %L]::uuid[])',
    tests.id('partnership', 'c'), 'praktijkplaatsen', tests.id('org', 'c'), tests.id('site', 'b'), tests.id('site', 'y')),
  'and practice places at organisations outside the partnership');
select results_eq(
  format($$ select a->>'item', jsonb_array_length(a->'sites') from public.partnership_workspace(%L) w,
            jsonb_array_elements(w.agreements) a where a->>'item' in ('groepslocatie', 'praktijkplaatsen') order by 1 $$,
         tests.id('partnership', 'c')),
  $$ values ('groepslocatie', 1), ('praktijkplaatsen', 2) $$, 'with their sites');

-- Section - from forming to active
select lives_ok(format('select * from public.decide_membership(%L, true)', pg_temp.request_of('a')),
  'the coordinator accepts the open request');
select tests.clear_authentication();
insert into public.demand (site_id, opleiding, student_count, travel_mode, max_minutes)
values (tests.id('site', 'c'), 'groen', 6, 'fiets', 30);
update public.demand set travel_mode = 'auto', max_minutes = 60 where site_id = tests.id('site', 'a');
select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'active')),
  'SK009 rules_failed group', 'nine students in reach of the meeting site are one short of a group');
select tests.clear_authentication();
update public.demand set student_count = 4 where site_id = tests.id('site', 'a');
select tests.clear_authentication();
select pg_temp.as_user('c');
select lives_ok(format('select * from public.set_partnership_status(%L, %L, %L)', tests.id('partnership', 'c'), 'active', '2026-09-01'),
  'with every rule passed the group starts');
select tests.clear_authentication();
select results_eq(
  format($$ select status::text, start_date from public.partnerships where id = %L $$, tests.id('partnership', 'c')),
  $$ values ('active', '2026-09-01'::date) $$, 'active from the day given');
select ok(exists (select 1 from public.audit_log where partnership_id = tests.id('partnership', 'c')
                  and action = 'status_changed' and details->>'to' = 'active'),
  'the change is in the audit trail');
select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of(format('select * from public.set_partnership_status(%L, %L)', tests.id('partnership', 'c'), 'forming')),
  'SK006 invalid_input status_step', 'a started group does not go back to forming');

-- Section - TOP: sectors, governance, signatures
select tests.clear_authentication();
update public.organisations set sectors = '{gehandicaptenzorg,ouderenzorg}' where id = tests.id('org', 'b');
update public.organisations set sectors = '{jeugdzorg}' where id = tests.id('org', 'a');
select tests.clear_authentication();
select pg_temp.as_user('b');
select is(tests.error_of($$ select * from public.found_partnership('Fixture TOP Rotterdam', '{logistiek}', tests.id('site', 'b'), 'top', 'forming') $$),
  'SK006 invalid_input status', 'a partnership of one member cannot be founded as forming');
select lives_ok($$ select * from public.found_partnership('Fixture TOP Rotterdam', '{logistiek}', tests.id('site', 'b'), 'top') $$,
  'a member founds a TOP partnership, seeking');
select tests.clear_authentication();
insert into public.memberships (partnership_id, organisation_id, state)
select id, tests.id('org', 'a'), 'accepted' from public.partnerships where name = 'Fixture TOP Rotterdam';
create temporary table top_p on commit drop as select id from public.partnerships where name = 'Fixture TOP Rotterdam';
grant select on top_p to authenticated;
select pg_temp.as_user('b');
select lives_ok('select * from public.set_partnership_status((select id from top_p), ''forming'')',
  'with a second member it moves on to forming');
select tests.clear_authentication();
select pg_temp.as_user('y');
select is(tests.error_of('select * from public.sign_registration((select id from top_p), true)'),
  'SK005 not_allowed', 'only a member signs the registration, for itself');
select tests.clear_authentication();
select pg_temp.as_user('a');
select lives_ok('select * from public.sign_registration((select id from top_p), true)', 'a member signs');
select tests.clear_authentication();
select pg_temp.as_user('b');
select lives_ok('select * from public.sign_registration((select id from top_p), true)', 'and the regiehouder');
select is(tests.error_of('select * from public.record_governance_agreement((select id from top_p), current_date + 1)'),
  'SK006 invalid_input signed_on', 'a governance agreement is not signed in the future');
select lives_ok('select * from public.record_governance_agreement((select id from top_p), current_date)',
  'the regiehouder records the governance agreement');
select is(tests.error_of('select * from public.set_partnership_status((select id from top_p), ''active'')'),
  'SK009 rules_failed sectors', 'three sectors are refused: the fourth is missing');
select results_eq(
  $$ select (r->>'have')::integer, (r->>'need')::integer from public.partnership_workspace((select id from top_p)) w,
       jsonb_array_elements(w.rules) r where r->>'rule_id' = 'sectors' $$,
  $$ values (3, 4) $$, 'the workspace says three of four');

-- Section - dates
select is(tests.error_of('select * from public.save_training_plan((select id from top_p), 2028, null, ''2027-09-01'', ''2027-08-01'')'),
  'SK006 invalid_input completed_on', 'completion comes after access to the material');
select is(tests.error_of('select * from public.record_milestone((select id from top_p), ''made_up'', current_date)'),
  'SK006 invalid_input milestone', 'only the scheme''s milestones are recorded');
select lives_ok('select * from public.record_milestone((select id from top_p), ''feedback'', current_date)',
  'the regiehouder records that feedback came');
select results_eq(
  $$ select milestones->>'feedback' from public.partnership_workspace((select id from top_p)) $$,
  $$ values (current_date::text) $$, 'and reads it back');

-- Section - a group that never starts
select tests.clear_authentication();
insert into public.memberships (partnership_id, organisation_id, state)
select id, tests.id('org', 'c'), 'requested' from top_p;
select pg_temp.as_user('z');
select isnt_empty($$ select 1 from public.ambassador_inbox() where partnership_id = (select id from top_p) $$,
  'an open request to join waits in the inbox');
select tests.clear_authentication();
select pg_temp.as_user('b');
select results_eq('select new_status from public.set_partnership_status((select id from top_p), ''ended'', current_date)',
  $$ values ('ended') $$, 'the regiehouder stops a group that never started');
select results_eq('select pg_temp.status_of((select id from top_p))', $$ values ('ended') $$,
  'it is ended');
select results_eq(
  $$ select pg_temp.status_on((select id from top_p), current_date) $$,
  $$ values ('ended') $$, 'ended from the day it stopped: off the coverage board at once');
select tests.clear_authentication();
select results_eq(
  $$ select recipient_org_id, subject from public.notifications where kind = 'partnership_ended'
     order by recipient_org_id $$,
  format($$ values (%L::uuid, 'Fixture TOP Rotterdam'), (%L::uuid, 'Fixture TOP Rotterdam') $$,
         tests.id('org', 'a'), tests.id('org', 'c')),
  'its other member and the organisation that asked to join hear of it; the one who stopped it does not');
select pg_temp.as_user('z');
select is_empty($$ select 1 from public.ambassador_inbox() where partnership_id = (select id from top_p) $$,
  'the request leaves the inbox: nobody can answer it any more');
select tests.clear_authentication();
select pg_temp.as_user('a');
select results_eq(
  $$ select kind, partnership_id from public.my_notifications() where kind = 'partnership_ended' $$,
  $$ select 'partnership_ended', id from top_p $$, 'and the notification leads to the partnership');

select * from finish();
rollback;
