-- Contact details (organisation_contacts, site_addresses) are never public. A signed-in
-- organisation sees another's only through a relationship the other side agreed to:
--   - both are accepted members of the same partnership;
--   - the other asked to join a partnership this organisation steers (coordinator, ambassador);
--   - the other registered as a seeker in this ambassador's province or was routed here;
--   - the other invited this organisation into a partnership it coordinates;
--   - the other coordinates a partnership in this ambassador's province (coordinators work with
--     their province's ambassador);
--   - the other is an ambassador: a public first contact by the role it took on.
-- Being invited, being in the same province, or founding a partnership opens nothing.
-- The AvZ coordinates the network and sees every contact.

-- Section - the rule
/** Whether the signed-in user may see an organisation's contact details (see above). */
create or replace function app_private.may_contact(org uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  with me as (select app_private.my_org_id() as org_id)
  select (select auth.uid()) is not null and (
    app_private.is_avz()
    or org = (select org_id from me)
    or exists (
      select 1 from public.memberships theirs
      join public.memberships mine on mine.partnership_id = theirs.partnership_id
      where theirs.organisation_id = org and theirs.state = 'accepted'
        and mine.organisation_id = (select org_id from me) and mine.state = 'accepted'
    )
    or exists (
      select 1 from public.memberships theirs
      join public.partnerships p on p.id = theirs.partnership_id
      where theirs.organisation_id = org and theirs.state = 'requested'
        and (p.coordinator_org_id = (select org_id from me)
             or app_private.is_ambassador_for(p.province_code))
    )
    or exists (
      select 1 from public.seeker_registrations r
      where r.organisation_id = org
        and (r.routed_to_org_id = (select org_id from me)
             or app_private.is_ambassador_for(r.province_code))
    )
    or exists (
      select 1 from public.memberships mine
      join public.partnerships p on p.id = mine.partnership_id
      where mine.organisation_id = (select org_id from me) and mine.state = 'invited'
        and p.coordinator_org_id = org
    )
    or exists (
      select 1 from public.partnerships p
      where p.coordinator_org_id = org and app_private.is_ambassador_for(p.province_code)
    )
    or exists (select 1 from public.ambassadors a where a.organisation_id = org)
  )
$$;

/**
 * An organisation's contact details when the signed-in user may see them (may_contact), else
 * nothing: for read functions that list many organisations for anyone, such as the export.
 */
create or replace function app_private.visible_contact(org uuid)
returns table (contact_name text, email text, phone text)
language sql stable security definer set search_path = ''
as $$
  select c.contact_name, c.email, c.phone
  from public.organisation_contacts c
  where c.organisation_id = org and app_private.may_contact(org)
$$;

revoke all on function app_private.may_contact(uuid), app_private.visible_contact(uuid) from public;
grant execute on function app_private.may_contact(uuid), app_private.visible_contact(uuid)
  to anon, authenticated;

-- Section - read access (no anon policies and no anon grants: never public)
create policy "Contacts are visible to those with an agreed relationship" on public.organisation_contacts
  for select to authenticated using (app_private.may_contact(organisation_id));

create policy "Addresses are visible to those with an agreed relationship" on public.site_addresses
  for select to authenticated
  using (exists (select 1 from public.sites s
                 where s.id = site_id and app_private.may_contact(s.organisation_id)));

-- Section - reads and writes
/** An organisation with its contact details when the caller may see them (may_contact). */
create or replace function public.organisation_details(organisation uuid)
returns table (
  id uuid, name text, kind text, website text, is_vgn_member boolean,
  contact_visible boolean, contact_name text, email text, phone text
)
language sql stable
security invoker
set search_path = ''
as $$
  select o.id, o.name, o.kind::text, o.website, o.is_vgn_member,
    c.contact_name is not null, c.contact_name, c.email, c.phone
  from public.organisations o
  left join lateral app_private.visible_contact(o.id) c on true
  where o.id = organisation
$$;

/** The caller's organisation's contact person, e-mail and phone. */
create or replace function public.save_my_contact(contact_name text, email text, phone text default null)
returns table (organisation_id uuid, saved boolean)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  checked_name text := app_private.checked_text(contact_name, 'contact_name', 2, 120);
  checked_email text := app_private.checked_email(email);
  checked_phone text := app_private.checked_phone(phone);
begin
  insert into public.organisation_contacts as c (organisation_id, contact_name, email, phone)
  values (org, checked_name, checked_email, checked_phone)
  on conflict on constraint organisation_contacts_pkey do update
    set contact_name = excluded.contact_name, email = excluded.email, phone = excluded.phone;
  perform app_private.audit('contact_saved', 'organisation', org);
  return query select org, true;
end
$$;

grant execute on function public.organisation_details(uuid) to anon, authenticated;
grant execute on function public.save_my_contact(text, text, text) to authenticated;
