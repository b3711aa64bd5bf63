-- Supabase compatibility for plain PostgreSQL and PGlite.
--
-- Creates what a Supabase project already provides, so the migrations in ../migrations run
-- unchanged on a throw-away Debian Postgres (pgTAP via pg_prove) and in the embedded PGlite
-- default. Used by tests and the embedded app only; never applied to a Supabase project.

-- Section - roles
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

grant usage on schema public to anon, authenticated, service_role;

-- Supabase installs extensions (pgTAP among them) into their own schema.
create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;

-- Section - auth schema
create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

/** The JWT claims of the current request, as Supabase's PostgREST sets them. */
create or replace function auth.jwt() returns jsonb
language sql stable
as $$
  select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb
$$;

/** The id of the signed-in user (claim `sub`), or null for anon. */
create or replace function auth.uid() returns uuid
language sql stable
as $$
  select nullif(auth.jwt() ->> 'sub', '')::uuid
$$;

/** The role claim of the current request. */
create or replace function auth.role() returns text
language sql stable
as $$
  select nullif(auth.jwt() ->> 'role', '')
$$;

grant execute on function auth.jwt(), auth.uid(), auth.role() to anon, authenticated, service_role;

-- Section - auth users
/** The part of Supabase's auth.users that our schema references. */
create table if not exists auth.users (
  id uuid primary key,
  email text unique,
  created_at timestamptz not null default now()
);

-- Section - default privileges
-- Supabase grants the API roles full table privileges in public and lets row-level security
-- decide; emulate that so the tests exercise the policies, not missing grants.
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;
grant all on all tables in schema public to anon, authenticated, service_role;
