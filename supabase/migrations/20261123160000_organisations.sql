-- Organisations, their people and their sites: who provides dagbesteding where, and for how many
-- students per opleiding. Contact details live in separate tables so that row-level security can
-- keep them private while names, places and counts stay public.

-- Section - types
create type public.opleiding as enum ('groen', 'facilitair', 'logistiek');
create type public.travel_mode as enum ('lopen', 'fiets', 'ov', 'auto');
create type public.organisation_kind as enum ('kleine_aanbieder', 'grote_aanbieder', 'sw_bedrijf', 'overig');
create type public.profile_role as enum ('medewerker', 'avz_coordinator');

-- Functions are not executable by the API roles unless granted explicitly. PUBLIC's execute
-- right is a global default, so it is revoked globally (a per-schema revoke cannot remove it).
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from anon, authenticated;

create schema if not exists app_private;
revoke all on schema app_private from public;
grant usage on schema app_private to anon, authenticated;

/** Keeps updated_at current on every update. */
create or replace function app_private.touch_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Section - organisations
/** A care provider or partner organisation. All columns are public. */
create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 2 and 120),
  kind public.organisation_kind not null default 'kleine_aanbieder',
  sectors text[] not null default '{gehandicaptenzorg}' check (
    sectors <@ array[
      'basis-ggz', 'specialistische ggz', 'gehandicaptenzorg', 'ouderenzorg', 'epilepsie',
      'revalidatie', 'ziekenhuiszorg', 'forensische zorg', 'jeugdzorg', 'verslavingszorg'
    ]::text[]
  ),
  website text check (website is null or website ~ '^https?://'),
  is_vgn_member boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.organisations enable row level security;
create trigger organisations_touch before update on public.organisations
  for each row execute function app_private.touch_updated_at();

/** Private contact details of an organisation. */
create table public.organisation_contacts (
  organisation_id uuid primary key references public.organisations (id) on delete cascade,
  contact_name text not null check (length(btrim(contact_name)) between 2 and 120),
  email text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone text check (phone is null or phone ~ '^[0-9 +()-]{6,20}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.organisation_contacts enable row level security;
create trigger organisation_contacts_touch before update on public.organisation_contacts
  for each row execute function app_private.touch_updated_at();

-- Section - profiles
/** A signed-in person: which organisation they work for and whether they coordinate for AvZ. */
create table public.profiles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  organisation_id uuid references public.organisations (id) on delete set null,
  role public.profile_role not null default 'medewerker',
  display_name text not null check (length(btrim(display_name)) between 1 and 120),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;
create index profiles_organisation_idx on public.profiles (organisation_id);
create trigger profiles_touch before update on public.profiles
  for each row execute function app_private.touch_updated_at();

-- Section - sites
/**
 * A location of an organisation. lat/lng are place-level (the town, not the street address);
 * the province is derived from them by app_private.province_at, never taken from the client.
 */
create table public.sites (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text not null check (length(btrim(name)) between 2 and 120),
  place text not null check (length(btrim(place)) between 2 and 80),
  lat double precision not null check (lat between 50.7 and 53.6),
  lng double precision not null check (lng between 3.3 and 7.3),
  province_code text not null references public.provinces (code),
  is_practice_place boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, name)
);
alter table public.sites enable row level security;
create index sites_organisation_idx on public.sites (organisation_id);
create index sites_lat_lng_idx on public.sites (lat, lng);
create index sites_province_idx on public.sites (province_code);
create trigger sites_touch before update on public.sites
  for each row execute function app_private.touch_updated_at();

/** Street address of a site: private like other contact details. */
create table public.site_addresses (
  site_id uuid primary key references public.sites (id) on delete cascade,
  street text not null check (length(btrim(street)) between 2 and 120),
  postcode text not null check (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.site_addresses enable row level security;
create trigger site_addresses_touch before update on public.site_addresses
  for each row execute function app_private.touch_updated_at();

/** Students per site and opleiding, and how far they can travel. Counts only, never persons. */
create table public.demand (
  id uuid primary key default gen_random_uuid(),
  site_id uuid not null references public.sites (id) on delete cascade,
  opleiding public.opleiding not null,
  student_count integer not null check (student_count between 1 and 50),
  travel_mode public.travel_mode not null default 'ov',
  max_minutes integer not null default 30 check (max_minutes between 5 and 90),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (site_id, opleiding)
);
alter table public.demand enable row level security;
create index demand_site_idx on public.demand (site_id);
create trigger demand_touch before update on public.demand
  for each row execute function app_private.touch_updated_at();

-- Section - province of a site
/** Even-odd ray casting of one point against one ring (flat lng,lat array). */
create or replace function app_private.point_in_ring(
  p_lng double precision, p_lat double precision, coords double precision[]
) returns boolean
language plpgsql immutable
set search_path = ''
as $$
declare
  n integer := array_length(coords, 1) / 2;
  inside boolean := false;
  i integer;
  j integer := n;
  xi double precision; yi double precision; xj double precision; yj double precision;
begin
  for i in 1..n loop
    xi := coords[2 * i - 1]; yi := coords[2 * i];
    xj := coords[2 * j - 1]; yj := coords[2 * j];
    if ((yi > p_lat) <> (yj > p_lat))
       and (p_lng < (xj - xi) * (p_lat - yi) / (yj - yi) + xi) then
      inside := not inside;
    end if;
    j := i;
  end loop;
  return inside;
end
$$;

/**
 * The province a point lies in. Points in generalised coastal water (outside every polygon)
 * get the province whose boundary bounding box is nearest, so a harbour town still resolves.
 */
create or replace function app_private.province_at(p_lat double precision, p_lng double precision)
returns text
language sql stable
security definer
set search_path = ''
as $$
  with hits as (
    select r.province_code, r.polygon_no,
           bool_or(r.ring_no = 0 and app_private.point_in_ring(p_lng, p_lat, r.coords)) as in_outer,
           bool_or(r.ring_no > 0 and app_private.point_in_ring(p_lng, p_lat, r.coords)) as in_hole
    from app_private.province_rings r
    where p_lng between r.min_lng and r.max_lng and p_lat between r.min_lat and r.max_lat
    group by r.province_code, r.polygon_no
  )
  select coalesce(
    (select province_code from hits where in_outer and not in_hole limit 1),
    (select r.province_code
     from app_private.province_rings r
     where r.ring_no = 0
     order by greatest(r.min_lng - p_lng, 0, p_lng - r.max_lng) ^ 2
            + greatest(r.min_lat - p_lat, 0, p_lat - r.max_lat) ^ 2
     limit 1)
  )
$$;

/** Derives sites.province_code from the coordinates on every insert and move. */
create or replace function app_private.set_site_province() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.province_code := app_private.province_at(new.lat, new.lng);
  return new;
end
$$;

create trigger sites_province before insert or update of lat, lng on public.sites
  for each row execute function app_private.set_site_province();
