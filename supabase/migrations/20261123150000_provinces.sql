-- Provinces: the 12 Dutch provinces (CBS Gebiedsindelingen 2025) and the national goal of at
-- least one active partnership in each. Reference data, readable by everyone, written only by
-- migrations (service role).

-- Section - table
/** One row per province, keyed by its CBS code (PV20–PV31). */
create table public.provinces (
  code text primary key check (code ~ '^PV(2[0-9]|3[01])$'),
  name text not null unique check (length(name) between 2 and 60),
  goal_active_partnerships integer not null default 1 check (goal_active_partnerships >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.provinces enable row level security;

comment on table public.provinces is 'The 12 Dutch provinces; goal = active partnerships wanted.';

-- Section - policies
create policy "Anyone can read provinces"
  on public.provinces for select
  to anon
  using (true);

create policy "Signed-in users can read provinces"
  on public.provinces for select
  to authenticated
  using (true);

grant select on public.provinces to anon, authenticated;

-- Section - data
insert into public.provinces (code, name) values
  ('PV20', 'Groningen'),
  ('PV21', 'Fryslân'),
  ('PV22', 'Drenthe'),
  ('PV23', 'Overijssel'),
  ('PV24', 'Flevoland'),
  ('PV25', 'Gelderland'),
  ('PV26', 'Utrecht'),
  ('PV27', 'Noord-Holland'),
  ('PV28', 'Zuid-Holland'),
  ('PV29', 'Zeeland'),
  ('PV30', 'Noord-Brabant'),
  ('PV31', 'Limburg');
