-- The seed: the facts the journeys and the README rely on.
begin;
select plan(10);

select ok((select count(*) from public.organisations) between 110 and 130, 'about 120 organisations');
select ok((select count(*) from public.sites) between 280 and 320, 'about 300 sites');
select is((select count(*)::integer from public.partnerships), 25, '25 partnerships');
select is((select count(distinct province_code)::integer from public.sites), 12, 'sites in all 12 provinces');
select results_eq(
  $$ select status, count(*)::integer from public.coverage_by_province() group by status order by status $$,
  $$ values ('active', 7), ('empty', 2), ('forming', 2), ('seekers', 1) $$,
  'coverage today: 7 active, 2 forming, 1 with only seekers, 2 empty'
);
select results_eq(
  $$ select code from public.coverage_by_province() where status = 'empty' order by code $$,
  $$ values ('PV24'), ('PV29') $$,
  'Flevoland and Zeeland have no coverage'
);
select is((select count(*)::integer from public.ambassadors), 9, 'ambassadors in 9 provinces');
select ok((select count(*) from public.seeker_registrations where status = 'open') >= 20, 'at least 20 open seekers');
select results_eq(
  $$ select p.display_name, p.role::text from public.profiles p
     where p.user_id in ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002',
                         '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004')
     order by p.user_id $$,
  $$ values ('Sanne de Vries', 'medewerker'), ('Joost Bakker', 'medewerker'),
            ('Marloes Meijer', 'avz_coordinator'), ('Esther Visser', 'medewerker') $$,
  'the four demo personas exist'
);
select is_empty(
  $$ select name from public.organisations where name !~ '^(Dagbesteding|Zorgboerderij|Werkplaats|Stichting|Leerwerkplek|Ontmoetingsplek|Zorggroep|Zorgorganisatie|Werkbedrijf|Leerwerkbedrijf|SW-bedrijf|Academie voor Zelfstandigheid)' $$,
  'every organisation name comes from the invented vocabulary'
);

select * from finish();
rollback;
