-- Onboarding: seekers who register ("wij zoeken" / "wij willen oprichten"), invitations by link,
-- and the audit trail of decisions.

-- Section - types
create type public.seeker_intent as enum ('found', 'join');
create type public.seeker_status as enum ('open', 'matched', 'withdrawn');

-- Section - seeker registrations
/**
 * A provider looking for a partnership, or wanting to found one. Routed to the ambassador of the
 * site's province, or to the AvZ when the province has none (routed_to_org_id null).
 */
create table public.seeker_registrations (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  site_id uuid not null references public.sites (id) on delete cascade,
  province_code text not null references public.provinces (code),
  intent public.seeker_intent not null default 'join',
  opleiding public.opleiding not null,
  student_count integer not null check (student_count between 1 and 50),
  travel_mode public.travel_mode not null default 'ov',
  max_minutes integer not null default 30 check (max_minutes between 5 and 90),
  status public.seeker_status not null default 'open',
  routed_to_org_id uuid references public.organisations (id) on delete set null,
  client_request_id uuid not null unique,
  created_by uuid references auth.users (id) on delete set null,
  answered_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.seeker_registrations enable row level security;
create index seeker_registrations_org_idx on public.seeker_registrations (organisation_id);
create index seeker_registrations_site_idx on public.seeker_registrations (site_id);
create index seeker_registrations_province_idx on public.seeker_registrations (province_code, status);
create index seeker_registrations_routed_idx on public.seeker_registrations (routed_to_org_id);
create trigger seeker_registrations_touch before update on public.seeker_registrations
  for each row execute function app_private.touch_updated_at();

-- Section - invitations
/** A single-use invitation link. Only the SHA-256 of the token is stored. */
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash bytea not null unique check (length(token_hash) = 32),
  inviter_org_id uuid not null references public.organisations (id) on delete cascade,
  created_by uuid references auth.users (id) on delete set null,
  partnership_id uuid references public.partnerships (id) on delete cascade,
  opleiding public.opleiding,
  province_code text references public.provinces (code),
  expires_at timestamptz not null,
  used_at timestamptz,
  used_by_org_id uuid references public.organisations (id) on delete set null,
  created_at timestamptz not null default now(),
  check (expires_at > created_at)
);
alter table public.invitations enable row level security;
create index invitations_inviter_idx on public.invitations (inviter_org_id);
create index invitations_partnership_idx on public.invitations (partnership_id);

-- Section - audit log
/** Who decided what, when: memberships, invitations, registrations. Append-only. */
create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  action text not null,
  entity text not null,
  entity_id uuid not null,
  partnership_id uuid references public.partnerships (id) on delete cascade,
  details jsonb not null default '{}'
);
alter table public.audit_log enable row level security;
create index audit_log_partnership_idx on public.audit_log (partnership_id, at);
