-- Test helpers shared by every pgTAP file (our own, in the spirit of basejump's
-- supabase-test-helpers). Runs first and commits, as `supabase test db` and pg_prove run the
-- files in name order.
--
-- Two ways to act as a persona:
--   - tests.authenticate_as(…) in the test's own transaction, for calling API functions;
--   - tests.cell(…), for a direct table access that must be judged on its own: it runs in a
--     second session (dblink) as a single statement, so in a transaction of its own, with a
--     fresh role and claims and no superuser write before it. PL/pgSQL caches permission checks
--     per transaction, so a superuser write earlier in the same transaction could hide a missing
--     grant. Cells need the fixture committed (tests.create_fixture outside a transaction,
--     tests.drop_fixture at the end).
begin;

create schema if not exists tests;
grant usage on schema tests to anon, authenticated;

/** Act as a signed-in user with the given JWT claims (`sub`, app_metadata …) for this transaction. */
create or replace function tests.authenticate_as(claims jsonb) returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claims', (claims || '{"role":"authenticated"}')::text, true);
  execute 'set local role authenticated';
end
$$;

/** Act as an anonymous visitor for this transaction. */
create or replace function tests.authenticate_as_anon() returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claims', '{"role":"anon"}', true);
  execute 'set local role anon';
end
$$;

/** Back to the test owner (superuser), without claims. */
create or replace function tests.clear_authentication() returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claims', '', true);
  execute 'reset role';
end
$$;

/** Tables in a schema that do not have row-level security switched on. */
create or replace function tests.tables_without_rls(schema_name text) returns setof text
language sql stable
as $$
  select c.relname::text
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = schema_name and c.relkind in ('r', 'p') and not c.relrowsecurity
  order by 1
$$;

/**
 * Runs one statement as a persona (claims, or null for anon) inside a subtransaction that is
 * always rolled back, after an optional setup statement run as the test owner. True when the
 * statement saw or changed at least one row; false when it touched none or was refused.
 */
create or replace function tests.try_as(claims jsonb, statement text, setup text default null)
returns boolean
language plpgsql
as $$
declare
  touched bigint;
begin
  begin
    if setup is not null then
      execute setup;
    end if;
    if claims is null then
      perform tests.authenticate_as_anon();
    else
      perform tests.authenticate_as(claims);
    end if;
    execute statement;
    get diagnostics touched = row_count;
    raise exception using errcode = 'TT001', message = touched::text;
  exception
    when sqlstate 'TT001' then
      return sqlerrm::bigint > 0;
    when insufficient_privilege then
      return false;
  end;
end
$$;

/**
 * Runs one statement as a persona (claims, or null for anon) in its own transaction in a
 * second session, rolled back; true when it saw or changed at least one row.
 */
create or replace function tests.cell(claims jsonb, statement text) returns boolean
language plpgsql
as $$
declare
  touched boolean;
begin
  if not coalesce('tests_cells' = any (dblink_get_connections()), false) then
    perform dblink_connect('tests_cells', format('host=%s port=%s dbname=%s user=%s',
      coalesce(host(inet_server_addr()), 'localhost'), current_setting('port'),
      current_database(), current_user));
  end if;
  select t.touched into touched
  from dblink('tests_cells', format('select tests.try_as(%L::jsonb, %L)', claims, statement))
    as t(touched boolean);
  return touched;
end
$$;

/**
 * The error a statement raises, as 'SQLSTATE message detail' (e.g. 'SK006 invalid_input name'),
 * or null when it succeeds; effects are rolled back either way.
 */
create or replace function tests.error_of(statement text) returns text
language plpgsql
as $$
declare
  state text;
  message text;
  detail text;
begin
  begin
    execute statement;
    raise exception using errcode = 'TT002';
  exception
    when sqlstate 'TT002' then
      return null;
    when others then
      get stacked diagnostics state = returned_sqlstate, message = message_text,
                              detail = pg_exception_detail;
      return concat_ws(' ', state, message, nullif(detail, ''));
  end;
end
$$;

/** The claims of a test user id. */
create or replace function tests.claims(user_id uuid) returns jsonb
language sql immutable
as $$ select jsonb_build_object('sub', user_id) $$;

/**
 * Readable fixture ids: who is a/b (small providers), c (partnership coordinator), x/y
 * (ambassadors of Utrecht PV26 / Limburg PV31), z (AvZ); kind picks the suffix.
 */
create or replace function tests.id(kind text, who text) returns uuid
language sql immutable
as $$
  select (repeat(case who when 'a' then 'a' when 'b' then 'b' when 'c' then 'c'
                          when 'x' then 'd' when 'y' then 'e' when 'w' then '9' else 'f' end, 8)
          || '-0000-4000-8000-'
          || case kind when 'user' then '000000000001' when 'org' then '0000000000a0'
                       when 'site' then '0000000000b0' when 'partnership' then '0000000000c0'
                       when 'membership' then '0000000000d0' when 'registration' then '0000000000e0'
                       when 'event' then '0000000000f1'
                       else '0000000000f0' end)::uuid
$$;

/** The persona table used by the RLS matrix: name and claims (null = anon). */
create or replace function tests.personas() returns table (persona text, claims jsonb)
language sql immutable
as $$
  select 'anon', null::jsonb
  union all select 'member_a', tests.claims(tests.id('user', 'a'))
  union all select 'member_b', tests.claims(tests.id('user', 'b'))
  union all select 'coordinator', tests.claims(tests.id('user', 'c'))
  union all select 'ambassador_x', tests.claims(tests.id('user', 'x'))
  union all select 'ambassador_y', tests.claims(tests.id('user', 'y'))
  union all select 'avz', tests.claims(tests.id('user', 'z'))
$$;

/**
 * A small world for policy tests, created inside the calling test's transaction:
 * A has a site in Utrecht, a registration routed to ambassador X and a pending request to join
 * partnership P (coordinated by C, meeting in Amersfoort, PV26, room for 3); B is in Rotterdam;
 * Y is ambassador of Limburg; Z coordinates for AvZ.
 */
create or replace function tests.create_fixture() returns void
language plpgsql
as $$
declare
  who text;
begin
  perform tests.drop_fixture();
  insert into auth.users (id, email)
  select tests.id('user', w), 'fixture-' || w || '@test.example'
  from unnest(array['a', 'b', 'c', 'x', 'y', 'z']) w;

  insert into public.organisations (id, name, kind) values
    (tests.id('org', 'a'), 'Fixture Aanbieder A', 'kleine_aanbieder'),
    (tests.id('org', 'b'), 'Fixture Aanbieder B', 'kleine_aanbieder'),
    (tests.id('org', 'c'), 'Fixture Regiehouder C', 'grote_aanbieder'),
    (tests.id('org', 'x'), 'Fixture Ambassadeur Utrecht', 'grote_aanbieder'),
    (tests.id('org', 'y'), 'Fixture Ambassadeur Limburg', 'grote_aanbieder'),
    (tests.id('org', 'z'), 'Fixture AvZ', 'overig');

  foreach who in array array['a', 'b', 'c', 'x', 'y', 'z'] loop
    insert into public.profiles (user_id, organisation_id, role, display_name)
    values (tests.id('user', who), tests.id('org', who),
            case when who = 'z' then 'avz_coordinator' else 'medewerker' end::public.profile_role,
            'Fixture ' || who);
    insert into public.organisation_contacts (organisation_id, contact_name, email)
    values (tests.id('org', who), 'Contact ' || who, who || '@fixture.example');
  end loop;

  insert into public.sites (id, organisation_id, name, place, lat, lng) values
    (tests.id('site', 'a'), tests.id('org', 'a'), 'Fixture locatie A', 'Utrecht', 52.0907, 5.1214),
    (tests.id('site', 'b'), tests.id('org', 'b'), 'Fixture locatie B', 'Rotterdam', 51.9244, 4.4777),
    (tests.id('site', 'c'), tests.id('org', 'c'), 'Fixture locatie C', 'Amersfoort', 52.1561, 5.3878),
    (tests.id('site', 'x'), tests.id('org', 'x'), 'Fixture locatie X', 'Utrecht', 52.08, 5.13),
    (tests.id('site', 'y'), tests.id('org', 'y'), 'Fixture locatie Y', 'Maastricht', 50.8514, 5.6909),
    (tests.id('site', 'z'), tests.id('org', 'z'), 'Fixture locatie Z', 'Utrecht', 52.09, 5.11);
  insert into public.site_addresses (site_id, street, postcode)
  values (tests.id('site', 'a'), 'Fixturestraat 1', '3511 AA');
  insert into public.demand (site_id, opleiding, student_count, travel_mode, max_minutes)
  values (tests.id('site', 'a'), 'groen', 3, 'ov', 30);

  -- First in their provinces, so registrations there are routed to them.
  insert into public.ambassadors (organisation_id, province_code, created_at) values
    (tests.id('org', 'x'), 'PV26', '2020-01-01'), (tests.id('org', 'y'), 'PV31', '2020-01-01');

  insert into public.partnerships (id, name, opleidingen, status, coordinator_org_id,
                                   meeting_site_id, max_members, formed_on)
  values (tests.id('partnership', 'c'), 'Fixture Groen Amersfoort', '{groen}', 'forming',
          tests.id('org', 'c'), tests.id('site', 'c'), 3, '2026-01-15');
  insert into public.memberships (id, partnership_id, organisation_id, role, state) values
    (tests.id('membership', 'c'), tests.id('partnership', 'c'), tests.id('org', 'c'), 'regiehouder', 'accepted'),
    (tests.id('membership', 'a'), tests.id('partnership', 'c'), tests.id('org', 'a'), 'lid', 'requested');
  insert into public.agreements (partnership_id, item, responsible_org_id)
  values (tests.id('partnership', 'c'), 'trainers', tests.id('org', 'c'));
  insert into public.agreement_sites (partnership_id, item, site_id)
  values (tests.id('partnership', 'c'), 'groepslocatie', tests.id('site', 'c'));
  insert into public.partnership_milestones (partnership_id, milestone, done_on)
  values (tests.id('partnership', 'c'), 'feedback', '2026-02-16');
  -- A question of A that the AvZ hid, with B's answer, B's vote and B's report.
  insert into public.questions (id, organisation_id, author, title, body, topic, hidden, hidden_reason)
  values (tests.id('question', 'a'), tests.id('org', 'a'), tests.id('user', 'a'),
          'Fixture vraag van A', 'Tekst', 'overig', true, 'Fixture verborgen');
  insert into public.answers (id, question_id, organisation_id, author, body)
  values (tests.id('answer', 'b'), tests.id('question', 'a'), tests.id('org', 'b'), tests.id('user', 'b'), 'Antwoord van B');
  insert into public.answer_votes (answer_id, user_id) values (tests.id('answer', 'b'), tests.id('user', 'b'));
  insert into public.post_reports (post_kind, post_id, reporter, reason)
  values ('question', tests.id('question', 'a'), tests.id('user', 'b'), 'Fixture melding');

  -- An upcoming meeting of the AvZ in Utrecht (online too), with A registered for two places.
  insert into public.events (id, title, description, starts_at, ends_at, online_url, place,
                             province_code, capacity, registration_deadline, created_by)
  values (tests.id('event', 'z'), 'Fixture bijeenkomst', 'Tekst', now() + interval '10 days',
          now() + interval '10 days 2 hours', 'https://fixture.example/webinar', 'Utrecht', 'PV26',
          10, now() + interval '9 days', tests.id('user', 'z'));
  insert into public.event_registrations (event_id, organisation_id, participants, contact_name,
                                          contact_email, status)
  values (tests.id('event', 'z'), tests.id('org', 'a'), 2, 'Contact a', 'a@fixture.example', 'registered');

  insert into public.seeker_registrations (id, organisation_id, site_id, province_code, opleiding,
                                           student_count, routed_to_org_id, client_request_id)
  values (tests.id('registration', 'a'), tests.id('org', 'a'), tests.id('site', 'a'), 'PV26', 'groen',
          3, tests.id('org', 'x'), gen_random_uuid());

  insert into public.invitations (id, token_hash, inviter_org_id, created_by, partnership_id,
                                  province_code, expires_at)
  values (tests.id('invitation', 'c'), sha256(convert_to(repeat('c', 64), 'UTF8')),
          tests.id('org', 'c'), tests.id('user', 'c'), tests.id('partnership', 'c'), 'PV26',
          now() + interval '7 days');

  insert into public.audit_log (actor, action, entity, entity_id, partnership_id)
  values (tests.id('user', 'c'), 'created', 'partnership', tests.id('partnership', 'c'),
          tests.id('partnership', 'c'));
end
$$;

/** Removes the fixture world and whatever the tests made from it (for committed fixtures). */
create or replace function tests.drop_fixture() returns void
language plpgsql
as $$
declare
  fixture_orgs uuid[] := array(
    select tests.id('org', w) from unnest(array['a', 'b', 'c', 'x', 'y', 'z']) w
    union select o.id from public.organisations o
          where o.name like 'Fixture %' or o.name like 'Race %' or o.name like 'Test %');
  fixture_users uuid[] := array(
    select u.id from auth.users u
    where u.email like 'fixture-%@test.example' or u.email like 'race-%@test.example'
       or u.email like 'test-%@test.example');
begin
  delete from public.audit_log l
  where l.actor = any (fixture_users)
     or l.partnership_id in (select p.id from public.partnerships p
                             where p.coordinator_org_id = any (fixture_orgs));
  delete from public.partnerships p
  where p.coordinator_org_id = any (fixture_orgs)
     or p.meeting_site_id in (select s.id from public.sites s where s.organisation_id = any (fixture_orgs));
  delete from public.post_reports r where r.post_id in (tests.id('question', 'a'), tests.id('answer', 'b'));
  delete from public.events e where e.title like 'Fixture %' or e.title like 'Test %';
  delete from public.organisations o where o.id = any (fixture_orgs);
  delete from auth.users u where u.id = any (fixture_users);
end
$$;

grant execute on all functions in schema tests to anon, authenticated;

select plan(6);
select has_function('tests', 'try_as', array['jsonb', 'text', 'text'], 'try_as helper exists');
select has_function('tests', 'authenticate_as', array['jsonb'], 'authenticate_as helper exists');
select has_function('tests', 'authenticate_as_anon', 'authenticate_as_anon helper exists');
select has_function('tests', 'clear_authentication', 'clear_authentication helper exists');
select is(tests.error_of($$ select app_private.checked_text(' ', 'name', 2, 10) $$),
  'SK006 invalid_input name', 'error_of reports the code, message and field of an error');
select is_empty(
  $$ select * from tests.tables_without_rls('public') $$,
  'every table in public has row-level security'
);
select * from finish();

commit;
