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
 * Calls public.<fn>(name => value, …) as the role in `claims` ('anon' or 'authenticated').
 * Returns {"rows": [...]} or, when the call fails, {"error": {code, message, detail}} — the
 * call's effects are rolled back either way it fails. Returning the error (instead of raising
 * it) keeps the SQLSTATE and detail, which PGlite's worker would otherwise drop, and keeps an
 * expected refusal (say SK002 invitation_used) out of the browser console.
 * Argument values are passed as text literals and take the parameter's type: scalars (text,
 * numbers, booleans, uuids, dates) and arrays of scalars (as PostgreSQL array literals).
 */
create or replace function embedded.call(fn text, claims jsonb, args jsonb default '{}')
returns jsonb
language plpgsql
as $$
declare
  role_name text := coalesce(claims ->> 'role', 'anon');
  arg_list text;
  result jsonb;
  failed_state text;
  failed_message text;
  failed_detail text;
begin
  if fn !~ '^[a-z_][a-z0-9_]*$' then
    raise exception 'invalid function name %', fn using errcode = '42883';
  end if;
  if role_name not in ('anon', 'authenticated') then
    raise exception 'invalid role %', role_name using errcode = '42501';
  end if;
  select string_agg(
           case when jsonb_typeof(value) = 'null' then format('%I => null', key)
                when jsonb_typeof(value) = 'array' then format('%I => %L', key, coalesce(
                  (select array_agg(x order by i) from jsonb_array_elements_text(value) with ordinality e (x, i)),
                  '{}'::text[])::text)
                else format('%I => %L', key, value #>> '{}') end, ', ')
    into arg_list
  from jsonb_each(coalesce(args, '{}'));

  begin
    perform set_config('request.jwt.claims', claims::text, true);
    execute format('set local role %I', role_name);
    execute format(
      'select coalesce(jsonb_agg(to_jsonb(r)), ''[]''::jsonb) from (select * from public.%I(%s)) r',
      fn, coalesce(arg_list, ''))
      into result;
  exception when others then
    get stacked diagnostics failed_state = returned_sqlstate, failed_message = message_text,
                            failed_detail = pg_exception_detail;
    return jsonb_build_object('error', jsonb_build_object(
      'code', failed_state, 'message', failed_message, 'detail', nullif(failed_detail, '')));
  end;
  return jsonb_build_object('rows', result);
end
$$;
