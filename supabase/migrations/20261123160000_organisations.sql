-- Organisations, their people and their sites: who provides dagbesteding where, and for how many
-- students per opleiding. Contact details live in separate tables so that row-level security can
-- keep them private while names, places and counts stay public (who may read them: contacts
-- migration). The province of a site always follows its coordinates.

-- Section - types
create type public.opleiding as enum ('groen', 'facilitair', 'logistiek');
create type public.travel_mode as enum ('lopen', 'fiets', 'ov', 'auto');
create type public.organisation_kind as enum ('kleine_aanbieder', 'grote_aanbieder', 'sw_bedrijf', 'overig');
create type public.profile_role as enum ('medewerker', 'avz_coordinator');
create type public.care_sector as enum (
  'basis-ggz', 'specialistische ggz', 'gehandicaptenzorg', 'ouderenzorg', 'epilepsie',
  'revalidatie', 'ziekenhuiszorg', 'forensische zorg', 'jeugdzorg', 'verslavingszorg'
);

-- Section - organisations
/** A care provider or partner organisation. All columns are public. */
create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 2 and 120),
  kind public.organisation_kind not null default 'kleine_aanbieder',
  sectors public.care_sector[] not null default '{gehandicaptenzorg}',
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
  contact_name text not null check (char_length(btrim(contact_name)) between 2 and 120),
  email text not null check (char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
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
  display_name text not null check (char_length(btrim(display_name)) between 1 and 120),
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
 * the province is derived from them by a trigger, never taken from the client.
 */
create table public.sites (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text not null check (char_length(btrim(name)) between 2 and 120),
  place text not null check (char_length(btrim(place)) between 2 and 80),
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
  street text not null check (char_length(btrim(street)) between 2 and 120),
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

-- Section - province of a point
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

/** Distance in km from a point to the nearest edge of a ring (local flat approximation). */
create or replace function app_private.km_to_ring(
  p_lng double precision, p_lat double precision, coords double precision[]
) returns double precision
language plpgsql immutable
set search_path = ''
as $$
declare
  kx double precision := 111.32 * cos(radians(p_lat));
  ky constant double precision := 110.57;
  n integer := array_length(coords, 1) / 2;
  best double precision := 'infinity';
  ax double precision; ay double precision; bx double precision; by_ double precision;
  t double precision; dx double precision; dy double precision;
  i integer;
begin
  for i in 1..n - 1 loop
    ax := (coords[2 * i - 1] - p_lng) * kx;  ay := (coords[2 * i] - p_lat) * ky;
    bx := (coords[2 * i + 1] - p_lng) * kx;  by_ := (coords[2 * i + 2] - p_lat) * ky;
    dx := bx - ax; dy := by_ - ay;
    t := case when dx = 0 and dy = 0 then 0
              else greatest(0, least(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) end;
    best := least(best, sqrt((ax + t * dx) ^ 2 + (ay + t * dy) ^ 2));
  end loop;
  return best;
end
$$;

/**
 * The province a point lies in, or null outside the Netherlands. The boundaries are generalised,
 * so a point up to 1 km outside every province (a harbour on the generalised coast: Harlingen,
 * Terneuzen) takes the nearest one; Antwerpen, Aachen or the North Sea get null.
 */
create or replace function app_private.province_at(p_lat double precision, p_lng double precision)
returns text
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  tolerance_km constant double precision := 1.0;
  margin_lat constant double precision := 0.01;
  margin_lng constant double precision := 0.015;
  found_code text;
begin
  if p_lat is null or p_lng is null then
    return null;
  end if;
  with hits as (
    select r.province_code, r.polygon_no,
           bool_or(r.ring_no = 0 and app_private.point_in_ring(p_lng, p_lat, r.coords)) as in_outer,
           bool_or(r.ring_no > 0 and app_private.point_in_ring(p_lng, p_lat, r.coords)) as in_hole
    from app_private.province_rings r
    where p_lng between r.min_lng and r.max_lng and p_lat between r.min_lat and r.max_lat
    group by r.province_code, r.polygon_no
  )
  select h.province_code into found_code from hits h where h.in_outer and not h.in_hole limit 1;
  if found_code is not null then
    return found_code;
  end if;
  select r.province_code into found_code
  from app_private.province_rings r
  where p_lng between r.min_lng - margin_lng and r.max_lng + margin_lng
    and p_lat between r.min_lat - margin_lat and r.max_lat + margin_lat
    and app_private.km_to_ring(p_lng, p_lat, r.coords) <= tolerance_km
  order by app_private.km_to_ring(p_lng, p_lat, r.coords)
  limit 1;
  return found_code;
end
$$;

/** Derives sites.province_code from the coordinates on every insert and update. */
create or replace function app_private.set_site_province() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.province_code := app_private.province_at(new.lat, new.lng);
  if new.province_code is null then
    perform app_private.fail('SK006', 'invalid_input', 'location');
  end if;
  return new;
end
$$;
create trigger sites_province before insert or update on public.sites
  for each row execute function app_private.set_site_province();

-- Section - travel reach
-- The same estimate as src/domain/reach.ts (DESIGN §5), so that the numbers the database adds up
-- (students of a partnership) are those the browser's matching model shows; a test compares.

/** Straight-line km that students cover within a limit: speed × time ÷ detour factor 1.3. */
create or replace function app_private.reach_km(mode public.travel_mode, minutes integer)
returns double precision
language sql immutable
set search_path = ''
as $$
  select minutes / 60.0
    * case mode when 'lopen' then 4.5 when 'fiets' then 14 when 'ov' then 20 when 'auto' then 40 end
    / 1.3
$$;

/** Great-circle distance in km (haversine, mean earth radius as Turf uses). */
create or replace function app_private.distance_km(
  lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision
) returns double precision
language sql immutable
set search_path = ''
as $$
  select 2 * 6371.0088 * asin(sqrt(
    sin(radians(lat2 - lat1) / 2) ^ 2
    + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2))
$$;

/** Whether students of a site (with this demand) reach a place within their own limit. */
create or replace function app_private.reaches(
  site_lat double precision, site_lng double precision, mode public.travel_mode, minutes integer,
  place_lat double precision, place_lng double precision
) returns boolean
language sql immutable
set search_path = ''
as $$
  -- 1 m of tolerance: coordinates are rounded to 5 decimals.
  select app_private.distance_km(site_lat, site_lng, place_lat, place_lng)
         <= app_private.reach_km(mode, minutes) + 0.001
$$;

-- Section - who is asking
/** The organisation of the signed-in user, or null. */
create or replace function app_private.my_org_id() returns uuid
language sql stable security definer set search_path = ''
as $$
  select p.organisation_id from public.profiles p where p.user_id = (select auth.uid())
$$;

/** Whether the signed-in user is an AvZ coordinator (sees and may do everything). */
create or replace function app_private.is_avz() returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(
    (select p.role = 'avz_coordinator' from public.profiles p where p.user_id = (select auth.uid())),
    false)
$$;

/** Whether the user's organisation owns the site. */
create or replace function app_private.owns_site(site uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.sites s where s.id = site and s.organisation_id = app_private.my_org_id()
  )
$$;

-- Section - writing organisations and sites (used by the onboarding functions)
/**
 * The organisation of the signed-in user; creates it and links the profile when the user has
 * none yet. Saves the contact details when given. Arguments are checked (SK006 per field).
 */
create or replace function app_private.ensure_my_org(
  uid uuid, organisation_name text, contact_name text, email text, phone text
) returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := app_private.my_org_id();
  new_name text;
  contact text := app_private.checked_text(contact_name, 'contact_name', 2, 120, required => false);
  address text := case when email is null then null else app_private.checked_email(email) end;
  telephone text := app_private.checked_phone(phone);
begin
  if org is null then
    new_name := app_private.checked_text(organisation_name, 'organisation_name', 2, 120);
    insert into public.organisations (name) values (new_name) returning id into org;
    insert into public.profiles (user_id, organisation_id, display_name)
    values (uid, org, coalesce(contact, 'Medewerker'))
    on conflict (user_id) do update set organisation_id = excluded.organisation_id;
    perform app_private.audit('organisation_created', 'organisation', org, null,
      jsonb_build_object('name', new_name));
  end if;
  if contact is not null and address is not null then
    insert into public.organisation_contacts (organisation_id, contact_name, email, phone)
    values (org, contact, address, telephone)
    on conflict (organisation_id) do update
      set contact_name = excluded.contact_name, email = excluded.email, phone = excluded.phone;
  end if;
  return org;
end
$$;

/** A site of the organisation by name: moved if it exists, created otherwise. */
create or replace function app_private.upsert_site(
  org uuid, site_name text, site_place text, site_lat double precision, site_lng double precision
) returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  site uuid;
  checked_name text := app_private.checked_text(site_name, 'site_name', 2, 120);
  checked_place text := app_private.checked_text(site_place, 'place', 2, 80);
begin
  if site_lat is null or site_lng is null or site_lat not between 50.7 and 53.6
     or site_lng not between 3.3 and 7.3 or app_private.province_at(site_lat, site_lng) is null then
    perform app_private.fail('SK006', 'invalid_input', 'location');
  end if;
  insert into public.sites (organisation_id, name, place, lat, lng)
  values (org, checked_name, checked_place, site_lat, site_lng)
  on conflict (organisation_id, name) do update
    set place = excluded.place, lat = excluded.lat, lng = excluded.lng
  returning id into site;
  return site;
end
$$;

-- Section - read access
revoke all on public.organisation_contacts, public.profiles, public.site_addresses from anon;
grant select on public.organisations, public.sites, public.demand to anon, authenticated;
grant select on public.organisation_contacts, public.profiles, public.site_addresses to authenticated;

create policy "Anyone can read organisations" on public.organisations
  for select to anon using (true);
create policy "Signed-in users can read organisations" on public.organisations
  for select to authenticated using (true);

create policy "People see their own and their colleagues' profiles" on public.profiles
  for select to authenticated
  using (user_id = (select auth.uid())
         or organisation_id = (select app_private.my_org_id())
         or (select app_private.is_avz()));

create policy "Anyone can read sites" on public.sites
  for select to anon using (true);
create policy "Signed-in users can read sites" on public.sites
  for select to authenticated using (true);

create policy "Anyone can read demand" on public.demand
  for select to anon using (true);
create policy "Signed-in users can read demand" on public.demand
  for select to authenticated using (true);

revoke all on all functions in schema app_private from public;
grant execute on function app_private.my_org_id(), app_private.is_avz(), app_private.owns_site(uuid)
  to anon, authenticated;
