-- The write model in the catalog: the API roles hold no write privilege on any table, column or
-- sequence in public; a table a future migration creates is read-only by default; every public
-- function that changes data is security definer with a pinned search_path; visitors can
-- execute reads only.
begin;
select plan(8);

select is_empty(
  $$ select c.relname, r.role, p.privilege
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     cross join unnest(array['anon', 'authenticated']) r (role)
     cross join unnest(array['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p (privilege)
     where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
       and has_table_privilege(r.role, c.oid, p.privilege) $$,
  'anon and authenticated hold no insert, update, delete or truncate on any public table'
);

select is_empty(
  $$ select c.relname, r.role, p.privilege
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     cross join unnest(array['anon', 'authenticated']) r (role)
     cross join unnest(array['INSERT', 'UPDATE', 'REFERENCES']) p (privilege)
     where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
       and has_any_column_privilege(r.role, c.oid, p.privilege) $$,
  'nor on any column of one'
);

select is_empty(
  $$ select c.relname, r.role
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     cross join unnest(array['anon', 'authenticated']) r (role)
     where n.nspname = 'public' and c.relkind = 'S'
       and (has_sequence_privilege(r.role, c.oid, 'USAGE') or has_sequence_privilege(r.role, c.oid, 'UPDATE')) $$,
  'nor on any sequence'
);

select is_empty(
  $$ select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'app_private' and c.relkind = 'r'
       and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT')) $$,
  'private tables are not readable by the API roles'
);

-- A table created now, as a migration would: readable (row-level security decides), not writable.
create table public.probe_default_privileges (id integer);
select ok(
  has_table_privilege('authenticated', 'public.probe_default_privileges', 'SELECT')
  and not has_table_privilege('authenticated', 'public.probe_default_privileges', 'INSERT')
  and not has_table_privilege('authenticated', 'public.probe_default_privileges', 'UPDATE')
  and not has_table_privilege('authenticated', 'public.probe_default_privileges', 'DELETE')
  and not has_table_privilege('anon', 'public.probe_default_privileges', 'INSERT'),
  'a new table in public is read-only to the API roles unless its migration says otherwise'
);
drop table public.probe_default_privileges;

select is_empty(
  $$ select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.prokind = 'f' and p.provolatile = 'v' and not p.prosecdef $$,
  'every public function that may change data is security definer (and checks rights itself)'
);

select is_empty(
  $$ select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'app_private') and p.prosecdef
       and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c = 'search_path=""') $$,
  'every security definer function runs with an empty search_path'
);

select bag_eq(
  $$ select p.proname::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'EXECUTE') $$,
  $$ values ('coverage_by_province'), ('coverage_board'), ('coverage_timeline'), ('network_export'),
            ('partnerships_in_bbox'), ('sites_in_bbox'), ('organisation_details'), ('my_identity'),
            ('partnership_status_on'), ('partnership_directory'), ('partnership_page'),
            ('partnership_workspace'), ('scheme_rule_table'), ('info_page_list'), ('info_page'),
            ('question_list'), ('question_thread'), ('search_knowledge'), ('event_list'), ('event_cancellations'),
            ('event_detail') $$,
  'visitors can execute the public reads and nothing else'
);

select * from finish();
rollback;
