-- The API: every read and write the journeys need, as SQL functions called by name from both
-- adapters (PGlite in the browser, supabase-js via PostgREST). Reads are security invoker, so
-- row-level security decides what each caller sees. Writes that span tables are security
-- definer with an empty search_path and their own checks; they raise these error codes:
--   SK001 capacity_exceeded   SK002 invitation_used   SK003 invitation_expired
--   SK004 invitation_invalid  SK005 not_allowed       SK006 invalid_input
--   SK007 not_signed_in       SK008 not_found

-- Section - helpers
/** Raises one of the SKnnn errors with a machine-readable message (and optional detail). */
create or replace function app_private.fail(code text, message text, detail text default null)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = code, message = message, detail = coalesce(detail, '');
end
$$;

/** The signed-in user's id, or error SK007. */
create or replace function app_private.require_user() returns uuid
language plpgsql stable
set search_path = ''
as $$
declare
  uid uuid := auth.uid();
begin
  if uid is null then
    perform app_private.fail('SK007', 'not_signed_in');
  end if;
  return uid;
end
$$;

/** Appends to the audit trail. */
create or replace function app_private.audit(
  action text, entity text, entity_id uuid, partnership uuid default null, details jsonb default '{}'
) returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.audit_log (actor, action, entity, entity_id, partnership_id, details)
  values (auth.uid(), action, entity, entity_id, partnership, details)
$$;

/**
 * The organisation of the signed-in user; creates it (with contact) and links the profile when
 * the user has none yet. Used by registration and invitation acceptance.
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
begin
  if org is null then
    if organisation_name is null or length(btrim(organisation_name)) < 2 then
      perform app_private.fail('SK006', 'invalid_input', 'organisation_name');
    end if;
    insert into public.organisations (name) values (btrim(organisation_name)) returning id into org;
    insert into public.profiles (user_id, organisation_id, display_name)
    values (uid, org, coalesce(nullif(btrim(contact_name), ''), 'Medewerker'))
    on conflict (user_id) do update set organisation_id = excluded.organisation_id;
  end if;
  if contact_name is not null and email is not null then
    insert into public.organisation_contacts (organisation_id, contact_name, email, phone)
    values (org, btrim(contact_name), lower(btrim(email)), nullif(btrim(phone), ''))
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
begin
  if site_lat is null or site_lng is null or site_lat not between 50.7 and 53.6
     or site_lng not between 3.3 and 7.3 then
    perform app_private.fail('SK006', 'invalid_input', 'location');
  end if;
  insert into public.sites (organisation_id, name, place, lat, lng)
  values (org, btrim(site_name), btrim(site_place), site_lat, site_lng)
  on conflict (organisation_id, name) do update
    set place = excluded.place, lat = excluded.lat, lng = excluded.lng
  returning id into site;
  return site;
end
$$;

/** Whether accepting one more member would exceed the partnership's capacity. */
create or replace function app_private.is_full(partnership uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select count(*) >= (select p.max_members from public.partnerships p where p.id = partnership)
  from public.memberships m
  where m.partnership_id = partnership and m.state = 'accepted'
$$;

revoke all on all functions in schema app_private from public;
grant execute on function
  app_private.my_org_id(), app_private.is_avz(), app_private.is_ambassador_for(text),
  app_private.coordinates(uuid), app_private.may_steer(uuid), app_private.belongs_to(uuid),
  app_private.owns_site(uuid), app_private.may_contact(uuid)
to anon, authenticated;

-- Section - reads
/**
 * Coverage per province on a day (DESIGN §3): active if an active partnership meets there,
 * forming if none active but one forming, seekers if only seekers, empty otherwise.
 */
create or replace function public.coverage_by_province(as_of date default current_date)
returns table (
  code text, name text, status text,
  active_partnerships integer, forming_partnerships integer, seekers integer,
  ambassadors text[]
)
language sql stable
security invoker
set search_path = ''
as $$
  with states as (
    select p.province_code, public.partnership_status_on(p, as_of) as status
    from public.partnerships p
  ),
  counts as (
    select pr.code, pr.name,
      (select count(*) from states s where s.province_code = pr.code and s.status = 'active')::integer as active,
      (select count(*) from states s where s.province_code = pr.code and s.status = 'forming')::integer as forming,
      ((select count(*) from states s where s.province_code = pr.code and s.status = 'seeking')
       + (select count(*) from public.seeker_registrations r
          where r.province_code = pr.code and r.created_at::date <= as_of
            and (r.status = 'open' or r.answered_at::date > as_of)))::integer as seekers,
      coalesce((select array_agg(o.name order by o.name)
                from public.ambassadors a join public.organisations o on o.id = a.organisation_id
                where a.province_code = pr.code), '{}') as ambassadors
    from public.provinces pr
  )
  select code, name,
    case when active > 0 then 'active' when forming > 0 then 'forming'
         when seekers > 0 then 'seekers' else 'empty' end,
    active, forming, seekers, ambassadors
  from counts
  order by code
$$;

/**
 * Partnerships whose meeting site lies in a bounding box, with public fields only. Students are
 * those of accepted members' sites in the partnership's province, for its opleidingen.
 */
create or replace function public.partnerships_in_bbox(
  min_lng double precision, min_lat double precision,
  max_lng double precision, max_lat double precision
)
returns table (
  id uuid, name text, scheme text, opleidingen text[], status text, province_code text,
  place text, lat double precision, lng double precision,
  coordinator_org_id uuid, coordinator_name text,
  member_count integer, max_members integer, students jsonb,
  start_date date, training_year integer
)
language sql stable
security invoker
set search_path = ''
as $$
  select p.id, p.name, p.scheme::text, p.opleidingen::text[], p.status::text, p.province_code,
    s.place, s.lat, s.lng, p.coordinator_org_id, o.name,
    (select count(*) from public.memberships m
     where m.partnership_id = p.id and m.state = 'accepted')::integer,
    p.max_members,
    coalesce((
      select jsonb_object_agg(x.opleiding, x.students)
      from (
        select d.opleiding::text as opleiding, sum(d.student_count)::integer as students
        from public.memberships m
        join public.sites ms on ms.organisation_id = m.organisation_id
        join public.demand d on d.site_id = ms.id
        where m.partnership_id = p.id and m.state = 'accepted' and d.opleiding = any (p.opleidingen)
          and ms.province_code = p.province_code
        group by d.opleiding
      ) x), '{}'::jsonb),
    p.start_date, p.training_year
  from public.partnerships p
  join public.sites s on s.id = p.meeting_site_id
  join public.organisations o on o.id = p.coordinator_org_id
  where s.lng between min_lng and max_lng and s.lat between min_lat and max_lat
  order by p.name
$$;

/** Sites in a bounding box with their public demand, open seeker registrations and memberships. */
create or replace function public.sites_in_bbox(
  min_lng double precision, min_lat double precision,
  max_lng double precision, max_lat double precision
)
returns table (
  id uuid, organisation_id uuid, organisation_name text, organisation_kind text,
  name text, place text, lat double precision, lng double precision, province_code text,
  demand jsonb, seeking jsonb, partnership_ids uuid[]
)
language sql stable
security invoker
set search_path = ''
as $$
  select s.id, s.organisation_id, o.name, o.kind::text, s.name, s.place, s.lat, s.lng,
    s.province_code,
    coalesce((select jsonb_agg(jsonb_build_object(
                'opleiding', d.opleiding, 'student_count', d.student_count,
                'travel_mode', d.travel_mode, 'max_minutes', d.max_minutes) order by d.opleiding)
              from public.demand d where d.site_id = s.id), '[]'::jsonb),
    coalesce((select jsonb_agg(jsonb_build_object(
                'id', r.id, 'intent', r.intent, 'opleiding', r.opleiding,
                'student_count', r.student_count, 'created_at', r.created_at) order by r.created_at)
              from public.seeker_registrations r where r.site_id = s.id and r.status = 'open'),
             '[]'::jsonb),
    coalesce((select array_agg(m.partnership_id order by m.partnership_id)
              from public.memberships m
              where m.organisation_id = s.organisation_id and m.state = 'accepted'), '{}')
  from public.sites s
  join public.organisations o on o.id = s.organisation_id
  where s.lng between min_lng and max_lng and s.lat between min_lat and max_lat
  order by s.id
$$;

/** An organisation with its contact details when the caller may see them (RLS decides). */
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
    c.organisation_id is not null, c.contact_name, c.email, c.phone
  from public.organisations o
  left join public.organisation_contacts c on c.organisation_id = o.id
  where o.id = organisation
$$;

/**
 * Who the caller is, for the interface: profile, organisation and ambassador provinces. A
 * signed-in user without a profile yet (a newcomer) gets a row too, without organisation.
 */
create or replace function public.my_identity()
returns table (
  user_id uuid, display_name text, role text, organisation_id uuid, organisation_name text,
  ambassador_provinces text[], coordinated_partnerships uuid[]
)
language sql stable
security invoker
set search_path = ''
as $$
  select me.uid, coalesce(p.display_name, ''), coalesce(p.role::text, 'medewerker'),
    p.organisation_id, o.name,
    coalesce((select array_agg(a.province_code order by a.province_code)
              from public.ambassadors a where a.organisation_id = p.organisation_id), '{}'),
    coalesce((select array_agg(pp.id order by pp.name)
              from public.partnerships pp where pp.coordinator_org_id = p.organisation_id), '{}')
  from (select auth.uid() as uid) me
  left join public.profiles p on p.user_id = me.uid
  left join public.organisations o on o.id = p.organisation_id
  where me.uid is not null
$$;

-- Section - writes
/**
 * "Wij zoeken een samenwerkingsverband" / "Wij willen er een oprichten": records the
 * organisation (created if the user has none), site, demand and contact, and routes the
 * registration to the ambassador of the site's province, or to AvZ if there is none.
 * Idempotent per client_request_id, so a double submit creates one registration.
 */
create or replace function public.register_seeker(
  client_request_id uuid,
  organisation_name text,
  site_name text,
  place text,
  lat double precision,
  lng double precision,
  opleiding public.opleiding,
  student_count integer,
  travel_mode public.travel_mode,
  max_minutes integer,
  intent public.seeker_intent,
  contact_name text,
  email text,
  phone text default null
)
returns table (
  registration_id uuid, organisation_id uuid, site_id uuid, province_code text,
  routed_to_org_id uuid, routed_to_name text
)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  org uuid;
  site uuid;
  province text;
  ambassador uuid;
  registration uuid;
begin
  select r.id into registration
  from public.seeker_registrations r where r.client_request_id = register_seeker.client_request_id;
  if registration is null then
    if student_count is null or student_count not between 1 and 50 then
      perform app_private.fail('SK006', 'invalid_input', 'student_count');
    end if;
    if max_minutes is null or max_minutes not between 5 and 90 then
      perform app_private.fail('SK006', 'invalid_input', 'max_minutes');
    end if;
    if site_name is null or length(btrim(site_name)) < 2 or place is null or length(btrim(place)) < 2 then
      perform app_private.fail('SK006', 'invalid_input', 'site');
    end if;
    if contact_name is null or email is null or email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' then
      perform app_private.fail('SK006', 'invalid_input', 'contact');
    end if;

    org := app_private.ensure_my_org(uid, organisation_name, contact_name, email, phone);
    site := app_private.upsert_site(org, site_name, place, lat, lng);
    select s.province_code into province from public.sites s where s.id = site;

    insert into public.demand (site_id, opleiding, student_count, travel_mode, max_minutes)
    values (site, register_seeker.opleiding, register_seeker.student_count,
            register_seeker.travel_mode, register_seeker.max_minutes)
    on conflict (site_id, opleiding) do update
      set student_count = excluded.student_count, travel_mode = excluded.travel_mode,
          max_minutes = excluded.max_minutes;

    select a.organisation_id into ambassador
    from public.ambassadors a where a.province_code = province order by a.created_at, a.id limit 1;

    insert into public.seeker_registrations (
      organisation_id, site_id, province_code, intent, opleiding, student_count, travel_mode,
      max_minutes, routed_to_org_id, client_request_id, created_by)
    values (org, site, province, register_seeker.intent, register_seeker.opleiding,
            register_seeker.student_count, register_seeker.travel_mode,
            register_seeker.max_minutes, ambassador, register_seeker.client_request_id, uid)
    on conflict on constraint seeker_registrations_client_request_id_key do nothing
    returning id into registration;

    if registration is null then
      -- A concurrent submit with the same request id won; answer with its registration.
      select r.id into registration
      from public.seeker_registrations r where r.client_request_id = register_seeker.client_request_id;
    else
      perform app_private.audit('registered', 'seeker_registration', registration, null,
        jsonb_build_object('intent', register_seeker.intent, 'opleiding', register_seeker.opleiding,
                           'routed_to', ambassador));
    end if;
  end if;

  return query
    select r.id, r.organisation_id, r.site_id, r.province_code, r.routed_to_org_id, o.name
    from public.seeker_registrations r
    left join public.organisations o on o.id = r.routed_to_org_id
    where r.id = registration;
end
$$;

/** Asks to join a partnership for the caller's organisation (again, after a decline or leave). */
create or replace function public.request_membership(partnership uuid, message text default null)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  org uuid := app_private.my_org_id();
  target public.partnerships;
  membership uuid;
begin
  if org is null then
    perform app_private.fail('SK005', 'not_allowed', 'no_organisation');
  end if;
  select * into target from public.partnerships p where p.id = partnership;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'partnership');
  end if;
  if target.status = 'ended' then
    perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
  end if;
  if message is not null and length(message) > 1000 then
    perform app_private.fail('SK006', 'invalid_input', 'message');
  end if;

  insert into public.memberships (partnership_id, organisation_id, state, message)
  values (partnership, org, 'requested', nullif(btrim(message), ''))
  on conflict (partnership_id, organisation_id) do update
    set state = 'requested', message = excluded.message, decided_by = null, decided_at = null,
        decision_reason = null
    where public.memberships.state in ('declined', 'left')
  returning id into membership;

  if membership is null then
    select m.id into membership from public.memberships m
    where m.partnership_id = partnership and m.organisation_id = org;
  else
    perform app_private.audit('requested', 'membership', membership, partnership, '{}');
  end if;
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/**
 * Accepts or declines a membership request or invitation. Only the partnership's coordinator,
 * its province's ambassador or AvZ may decide. The partnership row is locked, so concurrent
 * accepts cannot together exceed max_members (SK001).
 */
create or replace function public.decide_membership(
  membership uuid, accept boolean, reason text default null
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  current_row public.memberships;
  target public.partnerships;
  new_state public.membership_state := case when accept then 'accepted' else 'declined' end;
begin
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.id is null then
    perform app_private.fail('SK008', 'not_found', 'membership');
  end if;
  select * into target from public.partnerships p where p.id = current_row.partnership_id for update;
  if not app_private.may_steer(target.id) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  -- Re-read under the lock: another decision may have landed while we waited.
  select * into current_row from public.memberships m where m.id = membership;
  if current_row.state = new_state then
    return query select current_row.id, current_row.state::text;
    return;
  end if;
  if current_row.state not in ('requested', 'invited') then
    perform app_private.fail('SK006', 'invalid_input', 'already_decided');
  end if;
  if accept and app_private.is_full(target.id) then
    perform app_private.fail('SK001', 'capacity_exceeded', target.max_members::text);
  end if;

  update public.memberships m
    set state = new_state, decided_by = uid, decided_at = now(),
        decision_reason = nullif(btrim(reason), '')
    where m.id = membership;

  if accept then
    update public.seeker_registrations r
      set status = 'matched', answered_at = now()
      where r.organisation_id = current_row.organisation_id and r.status = 'open'
        and r.opleiding = any (target.opleidingen);
  end if;
  perform app_private.audit(case when accept then 'accepted' else 'declined' end,
    'membership', membership, target.id, jsonb_build_object('reason', reason));
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/**
 * Creates a single-use invitation link token (returned once; only its SHA-256 is stored).
 * Coordinators invite into their partnership, ambassadors into their province, AvZ anywhere.
 */
create or replace function public.create_invitation(
  partnership uuid default null,
  opleiding public.opleiding default null,
  province text default null,
  valid_days integer default 14
)
returns table (invitation_id uuid, token text, expires_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  org uuid := app_private.my_org_id();
  target_province text := province;
  new_token text := encode(sha256(convert_to(
    gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex');
  invitation uuid;
  expiry timestamptz;
begin
  if valid_days is null or valid_days not between 1 and 60 then
    perform app_private.fail('SK006', 'invalid_input', 'valid_days');
  end if;
  if partnership is not null then
    select p.province_code into target_province from public.partnerships p where p.id = partnership;
    if target_province is null then
      perform app_private.fail('SK008', 'not_found', 'partnership');
    end if;
    if not app_private.may_steer(partnership) then
      perform app_private.fail('SK005', 'not_allowed');
    end if;
  elsif not (app_private.is_avz() or app_private.is_ambassador_for(target_province)) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if org is null then
    perform app_private.fail('SK005', 'not_allowed', 'no_organisation');
  end if;

  expiry := now() + make_interval(days => valid_days);
  insert into public.invitations (token_hash, inviter_org_id, created_by, partnership_id,
                                  opleiding, province_code, expires_at)
  values (sha256(convert_to(new_token, 'UTF8')), org, uid, partnership,
          create_invitation.opleiding, target_province, expiry)
  returning id into invitation;
  perform app_private.audit('invited', 'invitation', invitation, partnership,
    jsonb_build_object('province', target_province, 'opleiding', create_invitation.opleiding));
  return query select invitation, new_token, expiry;
end
$$;

/**
 * Redeems an invitation token for the signed-in newcomer: claims it atomically (single use),
 * creates the organisation and site when needed, and makes the organisation an accepted member
 * of the invitation's partnership, or a seeker routed to the inviter when there is none.
 */
create or replace function public.accept_invitation(
  token text,
  organisation_name text default null,
  site_name text default null,
  place text default null,
  lat double precision default null,
  lng double precision default null,
  contact_name text default null,
  email text default null,
  phone text default null
)
returns table (organisation_id uuid, partnership_id uuid, membership_id uuid, membership_state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  hash bytea;
  invitation public.invitations;
  org uuid;
  site uuid;
  membership uuid;
begin
  if token is null or token !~ '^[0-9a-f]{64}$' then
    perform app_private.fail('SK004', 'invitation_invalid');
  end if;
  hash := sha256(convert_to(token, 'UTF8'));

  update public.invitations i set used_at = now()
  where i.token_hash = hash and i.used_at is null and i.expires_at > now()
  returning * into invitation;

  if invitation.id is null then
    select * into invitation from public.invitations i where i.token_hash = hash;
    if invitation.id is null then
      perform app_private.fail('SK004', 'invitation_invalid');
    elsif invitation.used_at is not null then
      perform app_private.fail('SK002', 'invitation_used');
    else
      perform app_private.fail('SK003', 'invitation_expired');
    end if;
  end if;

  org := app_private.ensure_my_org(uid, organisation_name, contact_name, email, phone);
  update public.invitations i set used_by_org_id = org where i.id = invitation.id;
  if site_name is not null then
    site := app_private.upsert_site(org, site_name, coalesce(place, site_name), lat, lng);
  end if;

  if invitation.partnership_id is not null then
    perform 1 from public.partnerships p where p.id = invitation.partnership_id for update;
    if app_private.is_full(invitation.partnership_id) then
      perform app_private.fail('SK001', 'capacity_exceeded');
    end if;
    insert into public.memberships (partnership_id, organisation_id, state, decided_by, decided_at)
    values (invitation.partnership_id, org, 'accepted', invitation.created_by, now())
    on conflict on constraint memberships_partnership_id_organisation_id_key do update
      set state = 'accepted', decided_by = excluded.decided_by, decided_at = now()
    returning id into membership;
  elsif site is not null and invitation.opleiding is not null then
    insert into public.seeker_registrations (
      organisation_id, site_id, province_code, intent, opleiding, student_count,
      routed_to_org_id, client_request_id, created_by)
    select org, s.id, s.province_code, 'join', invitation.opleiding, 1,
           invitation.inviter_org_id, gen_random_uuid(), uid
    from public.sites s where s.id = site;
  end if;

  perform app_private.audit('invitation_accepted', 'invitation', invitation.id,
    invitation.partnership_id, jsonb_build_object('organisation', org));
  return query
    select org, invitation.partnership_id, membership,
           (select m.state::text from public.memberships m where m.id = membership);
end
$$;

-- Section - grants
grant execute on function public.partnership_status_on(public.partnerships, date) to anon, authenticated;
grant execute on function public.coverage_by_province(date) to anon, authenticated;
grant execute on function public.partnerships_in_bbox(double precision, double precision, double precision, double precision) to anon, authenticated;
grant execute on function public.sites_in_bbox(double precision, double precision, double precision, double precision) to anon, authenticated;
grant execute on function public.organisation_details(uuid) to anon, authenticated;
grant execute on function public.my_identity() to anon, authenticated;
grant execute on function public.register_seeker(uuid, text, text, text, double precision, double precision, public.opleiding, integer, public.travel_mode, integer, public.seeker_intent, text, text, text) to authenticated;
grant execute on function public.request_membership(uuid, text) to authenticated;
grant execute on function public.decide_membership(uuid, boolean, text) to authenticated;
grant execute on function public.create_invitation(uuid, public.opleiding, text, integer) to authenticated;
grant execute on function public.accept_invitation(text, text, text, text, double precision, double precision, text, text, text) to authenticated;
