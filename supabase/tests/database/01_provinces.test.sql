-- Provinces: reference data that everyone reads and nobody but migrations writes.
begin;
select plan(12);

-- Section - schema
select has_table('public', 'provinces', 'provinces table exists');
select col_is_pk('public', 'provinces', 'code', 'code is the primary key');
select results_eq(
  $$ select count(*)::int from public.provinces $$,
  array[12],
  'all 12 provinces are present'
);
select throws_ok(
  $$ insert into public.provinces (code, name) values ('PV99', 'Nergensland') $$,
  '23514',
  null,
  'a code outside PV20–PV31 is rejected'
);

-- Section - anon
select tests.authenticate_as_anon();
select results_eq(
  $$ select code from public.provinces where name = 'Fryslân' $$,
  array['PV21'],
  'anon reads provinces, names with diacritics intact'
);
select throws_ok(
  $$ insert into public.provinces (code, name) values ('PV20', 'Groningen-bis') $$,
  '42501',
  null,
  'anon cannot insert provinces'
);
select throws_ok(
  $$ update public.provinces set goal_active_partnerships = 5 returning code $$,
  '42501', null, 'anon cannot update provinces'
);
select throws_ok(
  $$ delete from public.provinces returning code $$,
  '42501', null, 'anon cannot delete provinces'
);
select tests.clear_authentication();

-- Section - authenticated
select tests.authenticate_as('{"sub": "00000000-0000-4000-8000-000000000001"}');
select results_eq(
  $$ select count(*)::int from public.provinces $$,
  array[12],
  'a signed-in user reads all provinces'
);
select throws_ok(
  $$ insert into public.provinces (code, name) values ('PV20', 'Groningen-bis') $$,
  '42501',
  null,
  'a signed-in user cannot insert provinces'
);
select throws_ok(
  $$ update public.provinces set goal_active_partnerships = 5 returning code $$,
  '42501', null, 'a signed-in user cannot update provinces'
);
select tests.clear_authentication();

select results_eq(
  $$ select sum(goal_active_partnerships)::int from public.provinces $$,
  array[12],
  'nothing was changed by the denied writes'
);

select * from finish();
rollback;
