-- Kennis: the information pack is public to read; only the AvZ saves and restores pages, every
-- save is a version, a stale editor cannot overwrite, and the history is the AvZ's alone.
begin;
select plan(16);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create temporary table subsidy on commit drop as
  select id, version from public.info_pages where slug = 'subsidie';
grant select on subsidy to anon, authenticated;

select tests.authenticate_as_anon();
select results_eq($$ select count(*)::integer from public.info_page_list() $$, $$ values (6) $$,
  'a visitor sees the six pages of the pack');
select results_eq($$ select title from public.info_page('subsidie') $$, $$ values ('De subsidie van VWS') $$,
  'and reads one by its slug');
select is(tests.error_of('select * from public.save_info_page((select id from subsidy), ''Nep'', ''Nep'', 1)'),
  '42501 permission denied for function save_info_page', 'a visitor cannot save');

select tests.clear_authentication();
select pg_temp.as_user('c');
select is(tests.error_of('select * from public.save_info_page((select id from subsidy), ''Andere titel'', ''Andere tekst'', 1)'),
  'SK005 not_allowed', 'a coordinator cannot edit the pack');
select is(tests.error_of('select * from public.restore_info_page((select id from subsidy), 1)'),
  'SK005 not_allowed', 'nor restore a version');
select is_empty('select * from public.info_page_history((select id from subsidy))',
  'nor read its history');

select tests.clear_authentication();
select pg_temp.as_user('z');
select is(tests.error_of('select * from public.save_info_page((select id from subsidy), ''De subsidie'', E''Tekst\u202e'', 1)'),
  'SK006 invalid_input body', 'hidden characters in the text are refused');
select results_eq('select version from public.save_info_page((select id from subsidy), ''De subsidie van VWS'', ''Nieuwe tekst over de subsidie.'', 1)',
  $$ values (2) $$, 'the AvZ saves a new version');
select is(tests.error_of('select * from public.save_info_page((select id from subsidy), ''De subsidie van VWS'', ''Tekst van een oud venster.'', 1)'),
  'SK006 invalid_input stale_version', 'an editor that started from version 1 cannot overwrite version 2');
select results_eq($$ select body, version from public.info_page('subsidie') $$,
  $$ values ('Nieuwe tekst over de subsidie.', 2) $$, 'and nothing was overwritten');
select results_eq('select new_version from public.restore_info_page((select id from subsidy), 1)',
  $$ values (3) $$, 'restoring version 1 makes version 3');
select ok((select body from public.info_page('subsidie')) like '%20.311,10%',
  'with the text of version 1');
select results_eq('select version, restored_from from public.info_page_history((select id from subsidy))',
  $$ values (3, 1), (2, null::integer), (1, null::integer) $$, 'the history keeps every version, newest first');
select results_eq($$ select count(*)::integer from public.audit_log where entity = 'info_page' and entity_id = (select id from subsidy) $$,
  $$ values (2) $$, 'the save and the restore are in the audit trail');
select is(tests.error_of('select * from public.save_info_page(null, ''Nieuwe pagina'', ''Tekst'', null, ''Geen Slug!'')'),
  'SK006 invalid_input slug', 'a new page needs a clean slug');
select lives_ok('select * from public.save_info_page(null, ''Webinars'', ''Binnenkort meer.'', null, ''webinars'')',
  'the AvZ adds a page');

select * from finish();
rollback;
