-- The embedded (PGlite) entry point. Not for Supabase: there PostgREST does this job.
--
-- The browser's PGlite is one shared session, so each API call runs as a single statement that
-- sets the caller's JWT claims and role *locally* and then calls the public function by name,
-- exactly as PostgREST would: the same grants and row-level security apply.

create schema if not exists embedded;

/** Schema version of the embedded database, to re-create it when the app's SQL changes. */
create table if not exists embedded.meta (
  key text primary key,
  value text not null
);

/**
 * Calls public.<fn>(name => value, …) as the role in `claims` ('anon' or 'authenticated') and
 * returns its rows as a JSON array. Argument values are passed as text literals and take the
 * parameter's type, so only scalars (text, numbers, booleans, uuids, dates) are supported.
 */
create or replace function embedded.call(fn text, claims jsonb, args jsonb default '{}')
returns jsonb
language plpgsql
as $$
declare
  role_name text := coalesce(claims ->> 'role', 'anon');
  arg_list text;
  result jsonb;
begin
  if fn !~ '^[a-z_][a-z0-9_]*$' then
    raise exception 'invalid function name %', fn using errcode = '42883';
  end if;
  if role_name not in ('anon', 'authenticated') then
    raise exception 'invalid role %', role_name using errcode = '42501';
  end if;
  select string_agg(
           case when jsonb_typeof(value) = 'null' then format('%I => null', key)
                else format('%I => %L', key, value #>> '{}') end, ', ')
    into arg_list
  from jsonb_each(coalesce(args, '{}'));

  perform set_config('request.jwt.claims', claims::text, true);
  execute format('set local role %I', role_name);
  execute format('select coalesce(jsonb_agg(to_jsonb(r)), ''[]''::jsonb) from public.%I(%s) r',
                 fn, coalesce(arg_list, ''))
    into result;
  return result;
end
$$;
