-- Test helpers shared by every pgTAP file (our own, in the spirit of basejump's
-- supabase-test-helpers). Runs first and commits, as `supabase test db` and pg_prove run the
-- files in name order.
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

grant execute on all functions in schema tests to anon, authenticated;

select plan(4);
select has_function('tests', 'authenticate_as', array['jsonb'], 'authenticate_as helper exists');
select has_function('tests', 'authenticate_as_anon', 'authenticate_as_anon helper exists');
select has_function('tests', 'clear_authentication', 'clear_authentication helper exists');
select is_empty(
  $$ select * from tests.tables_without_rls('public') $$,
  'every table in public has row-level security'
);
select * from finish();

commit;
