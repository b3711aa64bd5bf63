-- Partnerships (samenwerkingsverbanden), their members and agreements, and the ambassador
-- organisations that welcome newcomers per province.

-- Section - types
create type public.partnership_scheme as enum ('brancheopleiding', 'top');
create type public.partnership_status as enum ('seeking', 'forming', 'active', 'ended');
create type public.membership_state as enum ('requested', 'invited', 'accepted', 'declined', 'left');
create type public.membership_role as enum ('lid', 'regiehouder');
create type public.agreement_item as enum (
  'subsidieaanvrager', 'trainers', 'werkbegeleiders', 'groepslocatie', 'praktijkplaatsen'
);

-- Section - partnerships
/**
 * A regional partnership. Its province is that of its meeting site (where group sessions are
 * held), derived in the database. Dates make the status reconstructible for any past day.
 */
create table public.partnerships (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(btrim(name)) between 3 and 120),
  scheme public.partnership_scheme not null default 'brancheopleiding',
  opleidingen public.opleiding[] not null check (cardinality(opleidingen) between 1 and 3),
  status public.partnership_status not null default 'forming',
  coordinator_org_id uuid not null references public.organisations (id) on delete restrict,
  meeting_site_id uuid not null references public.sites (id) on delete restrict,
  province_code text not null references public.provinces (code),
  max_members integer not null default 12 check (max_members between 2 and 50),
  formed_on date not null default current_date,
  start_date date,
  end_date date,
  training_year integer check (training_year between 2020 and 2040),
  description text check (description is null or length(description) <= 2000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status <> 'active' or start_date is not null),
  check (status <> 'ended' or end_date is not null),
  check (start_date is null or start_date >= formed_on),
  check (end_date is null or (start_date is not null and end_date >= start_date))
);
alter table public.partnerships enable row level security;
create index partnerships_province_idx on public.partnerships (province_code);
create index partnerships_coordinator_idx on public.partnerships (coordinator_org_id);
create index partnerships_meeting_site_idx on public.partnerships (meeting_site_id);
create trigger partnerships_touch before update on public.partnerships
  for each row execute function app_private.touch_updated_at();

/** The province of a partnership follows its meeting site. */
create or replace function app_private.set_partnership_province() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select s.province_code into new.province_code from public.sites s where s.id = new.meeting_site_id;
  return new;
end
$$;
create trigger partnerships_province before insert or update of meeting_site_id on public.partnerships
  for each row execute function app_private.set_partnership_province();

/** Status of a partnership on a given day, from its dates (seeking stays seeking until formed). */
create or replace function public.partnership_status_on(p public.partnerships, on_day date)
returns public.partnership_status
language sql immutable
set search_path = ''
as $$
  select case
    when p.formed_on > on_day then null
    when p.end_date is not null and p.end_date < on_day then 'ended'::public.partnership_status
    when p.start_date is not null and p.start_date <= on_day then 'active'::public.partnership_status
    when p.status = 'seeking' then 'seeking'::public.partnership_status
    else 'forming'::public.partnership_status
  end
$$;
grant execute on function public.partnership_status_on(public.partnerships, date) to anon, authenticated;

-- Section - memberships
/** An organisation's place in a partnership, from request or invitation to decision. */
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.membership_role not null default 'lid',
  state public.membership_state not null default 'requested',
  message text check (message is null or length(message) <= 1000),
  decision_reason text check (decision_reason is null or length(decision_reason) <= 1000),
  decided_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (partnership_id, organisation_id)
);
alter table public.memberships enable row level security;
create index memberships_organisation_idx on public.memberships (organisation_id);
create index memberships_state_idx on public.memberships (partnership_id, state);
create trigger memberships_touch before update on public.memberships
  for each row execute function app_private.touch_updated_at();

-- Section - agreements
/** The agreements every partnership makes (DESIGN §1): who does what, and whether it is settled. */
create table public.agreements (
  id uuid primary key default gen_random_uuid(),
  partnership_id uuid not null references public.partnerships (id) on delete cascade,
  item public.agreement_item not null,
  responsible_org_id uuid references public.organisations (id) on delete set null,
  done boolean not null default false,
  note text check (note is null or length(note) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (partnership_id, item)
);
alter table public.agreements enable row level security;
create index agreements_responsible_idx on public.agreements (responsible_org_id);
create trigger agreements_touch before update on public.agreements
  for each row execute function app_private.touch_updated_at();

-- Section - ambassadors
/** The organisation(s) that welcome newcomers in a province. */
create table public.ambassadors (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  province_code text not null references public.provinces (code),
  region_note text check (region_note is null or length(region_note) <= 200),
  created_at timestamptz not null default now(),
  unique (province_code, organisation_id)
);
alter table public.ambassadors enable row level security;
create index ambassadors_organisation_idx on public.ambassadors (organisation_id);
