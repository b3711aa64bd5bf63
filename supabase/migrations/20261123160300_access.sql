-- Row-level security for every table (DESIGN §4). Helpers in app_private answer "who is asking"
-- from the JWT (auth.uid()) and run as security definer with an empty search_path, so policies
-- stay short and do not recurse into each other's RLS. One policy per operation per role.

-- Section - helpers
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

/** Whether the user's organisation is ambassador for the province. */
create or replace function app_private.is_ambassador_for(province text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.ambassadors a
    where a.province_code = province and a.organisation_id = app_private.my_org_id()
  )
$$;

/** Whether the user's organisation coordinates (is regiehouder of) the partnership. */
create or replace function app_private.coordinates(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.partnerships p
    where p.id = partnership and p.coordinator_org_id = app_private.my_org_id()
  )
$$;

/** Whether the user may steer the partnership: its coordinator, its province's ambassador, AvZ. */
create or replace function app_private.may_steer(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.is_avz() or exists (
    select 1 from public.partnerships p
    where p.id = partnership
      and (p.coordinator_org_id = app_private.my_org_id()
           or app_private.is_ambassador_for(p.province_code))
  )
$$;

/** Whether the user's organisation is an accepted member or the coordinator of the partnership. */
create or replace function app_private.belongs_to(partnership uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.coordinates(partnership) or exists (
    select 1 from public.memberships m
    where m.partnership_id = partnership and m.state = 'accepted'
      and m.organisation_id = app_private.my_org_id()
  )
$$;

/** Whether the user's organisation owns the site. */
create or replace function app_private.owns_site(site uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.sites s where s.id = site and s.organisation_id = app_private.my_org_id()
  )
$$;

/**
 * Whether the user has a reason to see an organisation's contact details: it is their own, they
 * share a partnership, it asked to join or was invited to a partnership they coordinate, they are
 * ambassador of a province where it has a site, or they are AvZ.
 */
create or replace function app_private.may_contact(org uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app_private.is_avz()
    or org = app_private.my_org_id()
    or exists (
      select 1 from public.memberships theirs
      join public.partnerships p on p.id = theirs.partnership_id
      where theirs.organisation_id = org
        and theirs.state in ('requested', 'invited', 'accepted')
        and (app_private.belongs_to(p.id) and (theirs.state = 'accepted' or app_private.coordinates(p.id))
             or app_private.is_ambassador_for(p.province_code))
    )
    or exists (
      select 1 from public.partnerships p
      where p.coordinator_org_id = org and app_private.belongs_to(p.id)
    )
    or exists (
      select 1 from public.sites s
      where s.organisation_id = org and app_private.is_ambassador_for(s.province_code)
    )
$$;

revoke all on all functions in schema app_private from public;
grant execute on function
  app_private.my_org_id(), app_private.is_avz(), app_private.is_ambassador_for(text),
  app_private.coordinates(uuid), app_private.may_steer(uuid), app_private.belongs_to(uuid),
  app_private.owns_site(uuid), app_private.may_contact(uuid)
to anon, authenticated;

-- Section - provinces: see 20261123150000_provinces.sql (read-only reference data)

-- Section - organisations
create policy "Anyone can read organisations" on public.organisations
  for select to anon using (true);
create policy "Signed-in users can read organisations" on public.organisations
  for select to authenticated using (true);
create policy "AvZ can add organisations" on public.organisations
  for insert to authenticated with check ((select app_private.is_avz()));
create policy "Members and AvZ can update their organisation" on public.organisations
  for update to authenticated
  using (id = (select app_private.my_org_id()) or (select app_private.is_avz()))
  with check (id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "AvZ can remove organisations" on public.organisations
  for delete to authenticated using ((select app_private.is_avz()));

-- Section - organisation contacts (no anon policy: never public)
create policy "Contacts are visible to those with a reason" on public.organisation_contacts
  for select to authenticated using (app_private.may_contact(organisation_id));
create policy "Members and AvZ can add their contact" on public.organisation_contacts
  for insert to authenticated
  with check (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Members and AvZ can update their contact" on public.organisation_contacts
  for update to authenticated
  using (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()))
  with check (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Members and AvZ can remove their contact" on public.organisation_contacts
  for delete to authenticated
  using (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

-- Section - profiles (no anon policy)
create policy "People see their own and their colleagues' profiles" on public.profiles
  for select to authenticated
  using (user_id = (select auth.uid())
         or organisation_id = (select app_private.my_org_id())
         or (select app_private.is_avz()));
create policy "AvZ can add profiles" on public.profiles
  for insert to authenticated with check ((select app_private.is_avz()));
create policy "People update their own profile, AvZ any" on public.profiles
  for update to authenticated
  using (user_id = (select auth.uid()) or (select app_private.is_avz()))
  with check (user_id = (select auth.uid()) or (select app_private.is_avz()));
create policy "AvZ can remove profiles" on public.profiles
  for delete to authenticated using ((select app_private.is_avz()));
-- Only the display name is self-service; role and organisation change through AvZ.
revoke update on public.profiles from authenticated;
grant update (display_name) on public.profiles to authenticated;

-- Section - sites
create policy "Anyone can read sites" on public.sites
  for select to anon using (true);
create policy "Signed-in users can read sites" on public.sites
  for select to authenticated using (true);
create policy "Members and AvZ can add sites of their organisation" on public.sites
  for insert to authenticated
  with check (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Members and AvZ can update sites of their organisation" on public.sites
  for update to authenticated
  using (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()))
  with check (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Members and AvZ can remove sites of their organisation" on public.sites
  for delete to authenticated
  using (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

-- Section - site addresses (no anon policy)
create policy "Addresses are visible to those with a reason" on public.site_addresses
  for select to authenticated
  using (exists (select 1 from public.sites s
                 where s.id = site_id and app_private.may_contact(s.organisation_id)));
create policy "Members and AvZ can add addresses of their sites" on public.site_addresses
  for insert to authenticated
  with check (app_private.owns_site(site_id) or (select app_private.is_avz()));
create policy "Members and AvZ can update addresses of their sites" on public.site_addresses
  for update to authenticated
  using (app_private.owns_site(site_id) or (select app_private.is_avz()))
  with check (app_private.owns_site(site_id) or (select app_private.is_avz()));
create policy "Members and AvZ can remove addresses of their sites" on public.site_addresses
  for delete to authenticated
  using (app_private.owns_site(site_id) or (select app_private.is_avz()));

-- Section - demand (counts are public)
create policy "Anyone can read demand" on public.demand
  for select to anon using (true);
create policy "Signed-in users can read demand" on public.demand
  for select to authenticated using (true);
create policy "Members and AvZ can add demand of their sites" on public.demand
  for insert to authenticated
  with check (app_private.owns_site(site_id) or (select app_private.is_avz()));
create policy "Members and AvZ can update demand of their sites" on public.demand
  for update to authenticated
  using (app_private.owns_site(site_id) or (select app_private.is_avz()))
  with check (app_private.owns_site(site_id) or (select app_private.is_avz()));
create policy "Members and AvZ can remove demand of their sites" on public.demand
  for delete to authenticated
  using (app_private.owns_site(site_id) or (select app_private.is_avz()));

-- Section - partnerships
create policy "Anyone can read partnerships" on public.partnerships
  for select to anon using (true);
create policy "Signed-in users can read partnerships" on public.partnerships
  for select to authenticated using (true);
create policy "An organisation can start a partnership it coordinates" on public.partnerships
  for insert to authenticated
  with check (coordinator_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Coordinator, ambassador and AvZ can update a partnership" on public.partnerships
  for update to authenticated
  using (app_private.may_steer(id))
  with check (app_private.may_steer(id));
create policy "AvZ can remove partnerships" on public.partnerships
  for delete to authenticated using ((select app_private.is_avz()));

-- Section - memberships
create policy "Anyone can see accepted members" on public.memberships
  for select to anon using (state = 'accepted');
create policy "Members see accepted, own and steered memberships" on public.memberships
  for select to authenticated
  using (state = 'accepted'
         or organisation_id = (select app_private.my_org_id())
         or app_private.may_steer(partnership_id));
create policy "Organisations ask to join; steering roles invite" on public.memberships
  for insert to authenticated
  with check ((organisation_id = (select app_private.my_org_id()) and state = 'requested' and role = 'lid')
              or (app_private.may_steer(partnership_id) and state = 'invited')
              or (select app_private.is_avz()));
create policy "Steering roles decide; organisations may leave" on public.memberships
  for update to authenticated
  using (app_private.may_steer(partnership_id) or organisation_id = (select app_private.my_org_id()))
  with check (app_private.may_steer(partnership_id)
              or (organisation_id = (select app_private.my_org_id()) and state = 'left'));
create policy "AvZ can remove memberships" on public.memberships
  for delete to authenticated using ((select app_private.is_avz()));

-- Section - agreements (no anon policy: internal to the partnership)
create policy "Members and steering roles see agreements" on public.agreements
  for select to authenticated
  using (app_private.belongs_to(partnership_id) or app_private.may_steer(partnership_id));
create policy "Coordinator and AvZ add agreements" on public.agreements
  for insert to authenticated
  with check (app_private.coordinates(partnership_id) or (select app_private.is_avz()));
create policy "Coordinator and AvZ update agreements" on public.agreements
  for update to authenticated
  using (app_private.coordinates(partnership_id) or (select app_private.is_avz()))
  with check (app_private.coordinates(partnership_id) or (select app_private.is_avz()));
create policy "Coordinator and AvZ remove agreements" on public.agreements
  for delete to authenticated
  using (app_private.coordinates(partnership_id) or (select app_private.is_avz()));

-- Section - ambassadors (public registry, AvZ assigns)
create policy "Anyone can see ambassadors" on public.ambassadors
  for select to anon using (true);
create policy "Signed-in users can see ambassadors" on public.ambassadors
  for select to authenticated using (true);
create policy "AvZ assigns ambassadors" on public.ambassadors
  for insert to authenticated with check ((select app_private.is_avz()));
create policy "AvZ changes ambassadors" on public.ambassadors
  for update to authenticated
  using ((select app_private.is_avz())) with check ((select app_private.is_avz()));
create policy "AvZ removes ambassadors" on public.ambassadors
  for delete to authenticated using ((select app_private.is_avz()));

-- Section - seeker registrations
create policy "Anyone can see open seekers" on public.seeker_registrations
  for select to anon using (status = 'open');
create policy "Signed-in users see open and concerning seekers" on public.seeker_registrations
  for select to authenticated
  using (status = 'open'
         or organisation_id = (select app_private.my_org_id())
         or routed_to_org_id = (select app_private.my_org_id())
         or app_private.is_ambassador_for(province_code)
         or (select app_private.is_avz()));
create policy "Organisations register themselves" on public.seeker_registrations
  for insert to authenticated
  with check (organisation_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Owner, ambassador and AvZ update a registration" on public.seeker_registrations
  for update to authenticated
  using (organisation_id = (select app_private.my_org_id())
         or app_private.is_ambassador_for(province_code)
         or (select app_private.is_avz()))
  with check (organisation_id = (select app_private.my_org_id())
              or app_private.is_ambassador_for(province_code)
              or (select app_private.is_avz()));
create policy "AvZ removes registrations" on public.seeker_registrations
  for delete to authenticated using ((select app_private.is_avz()));

-- Section - invitations (no anon policy; accepting goes through accept_invitation)
create policy "Inviters and AvZ see invitations" on public.invitations
  for select to authenticated
  using (inviter_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Coordinators, ambassadors and AvZ invite" on public.invitations
  for insert to authenticated
  with check ((inviter_org_id = (select app_private.my_org_id())
               and ((partnership_id is not null and app_private.may_steer(partnership_id))
                    or (partnership_id is null and app_private.is_ambassador_for(province_code))))
              or (select app_private.is_avz()));
create policy "Inviters and AvZ update invitations" on public.invitations
  for update to authenticated
  using (inviter_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()))
  with check (inviter_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Inviters and AvZ withdraw invitations" on public.invitations
  for delete to authenticated
  using (inviter_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

-- Section - audit log (read-only through the API; written by security definer functions)
create policy "Coordinators and AvZ read the audit trail" on public.audit_log
  for select to authenticated
  using (app_private.coordinates(partnership_id) or (select app_private.is_avz()));
