-- Ambassadors' inbox: the newcomers (seeker registrations) and join requests an ambassador,
-- coordinator or AvZ coordinator has to answer, and the answers: accept into a partnership,
-- suggest (invite into) a partnership, decline with a reason. AvZ assigns ambassadors.

-- Section - columns
alter table public.seeker_registrations
  add column answer_note text check (answer_note is null or length(answer_note) <= 1000);

-- Section - inbox
/**
 * Open items the caller may act on, oldest first. Row-level security decides which: an
 * ambassador sees those of their provinces, a coordinator the requests for their partnership,
 * AvZ everything (and decides on escalation with the waiting time in working days).
 */
create or replace function public.ambassador_inbox()
returns table (
  kind text, id uuid, created_at timestamptz, province_code text,
  organisation_id uuid, organisation_name text, opleiding text, student_count integer,
  travel_mode text, max_minutes integer, lat double precision, lng double precision, place text,
  partnership_id uuid, partnership_name text, message text
)
language sql stable
security invoker
set search_path = ''
as $$
  select 'registration', r.id, r.created_at, r.province_code, r.organisation_id, o.name,
    r.opleiding::text, r.student_count, r.travel_mode::text, r.max_minutes, s.lat, s.lng, s.place,
    null::uuid, null::text, null::text
  from public.seeker_registrations r
  join public.organisations o on o.id = r.organisation_id
  join public.sites s on s.id = r.site_id
  where r.status = 'open' and r.answered_at is null
    and (app_private.is_ambassador_for(r.province_code)
         or r.routed_to_org_id = (select app_private.my_org_id())
         or (select app_private.is_avz()))
  union all
  select 'membership', m.id, m.created_at, p.province_code, m.organisation_id, o.name,
    array_to_string(p.opleidingen::text[], ','), null, null, null, s.lat, s.lng, s.place,
    p.id, p.name, m.message
  from public.memberships m
  join public.partnerships p on p.id = m.partnership_id
  join public.organisations o on o.id = m.organisation_id
  left join lateral (select * from public.sites x where x.organisation_id = m.organisation_id
                     order by x.created_at limit 1) s on true
  where m.state = 'requested' and app_private.may_steer(p.id)
  order by 3
$$;

-- Section - answers
/** Who may answer a registration: the ambassador of its province, its routed organisation, AvZ. */
create or replace function app_private.may_answer(registration public.seeker_registrations)
returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select app_private.is_avz()
    or app_private.is_ambassador_for(registration.province_code)
    or registration.routed_to_org_id = app_private.my_org_id()
$$;

/**
 * Answers a registration with a partnership: 'accept' makes the organisation an accepted member
 * (capacity checked under a lock, SK001 when full), 'invite' suggests it (membership 'invited',
 * the organisation decides). The registration is then answered.
 */
create or replace function public.answer_with_partnership(
  registration uuid, partnership uuid, accept boolean
)
returns table (membership_id uuid, state text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  reg public.seeker_registrations;
  target public.partnerships;
  membership uuid;
  new_state public.membership_state := case when accept then 'accepted' else 'invited' end;
begin
  select * into reg from public.seeker_registrations r where r.id = registration;
  if reg.id is null then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  select * into target from public.partnerships p where p.id = partnership for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'partnership');
  end if;
  if not (app_private.may_answer(reg) and app_private.may_steer(target.id)) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if target.status = 'ended' then
    perform app_private.fail('SK006', 'invalid_input', 'partnership_ended');
  end if;
  if accept and app_private.is_full(target.id) then
    perform app_private.fail('SK001', 'capacity_exceeded', target.max_members::text);
  end if;

  insert into public.memberships (partnership_id, organisation_id, state, decided_by, decided_at)
  values (target.id, reg.organisation_id, new_state, uid, now())
  on conflict on constraint memberships_partnership_id_organisation_id_key do update
    set state = excluded.state, decided_by = excluded.decided_by, decided_at = now()
    where public.memberships.state <> 'accepted'
  returning id into membership;
  if membership is null then
    select m.id into membership from public.memberships m
    where m.partnership_id = target.id and m.organisation_id = reg.organisation_id;
  end if;

  update public.seeker_registrations r
    set answered_at = now(), status = case when accept then 'matched' else r.status end
    where r.id = reg.id;
  perform app_private.audit(case when accept then 'accepted' else 'invited' end,
    'membership', membership, target.id, jsonb_build_object('registration', reg.id));
  return query select m.id, m.state::text from public.memberships m where m.id = membership;
end
$$;

/** Declines a registration with a reason the provider is told ("no room", "too far", …). */
create or replace function public.decline_registration(registration uuid, reason text)
returns table (registration_id uuid, status text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  reg public.seeker_registrations;
begin
  select * into reg from public.seeker_registrations r where r.id = registration;
  if reg.id is null then
    perform app_private.fail('SK008', 'not_found', 'registration');
  end if;
  if not app_private.may_answer(reg) then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if reason is null or length(btrim(reason)) < 3 then
    perform app_private.fail('SK006', 'invalid_input', 'reason');
  end if;
  update public.seeker_registrations r
    set answered_at = now(), status = 'withdrawn', answer_note = btrim(reason)
    where r.id = reg.id;
  perform app_private.audit('declined', 'seeker_registration', reg.id, null,
    jsonb_build_object('reason', btrim(reason), 'by', uid));
  return query select r.id, r.status::text from public.seeker_registrations r where r.id = reg.id;
end
$$;

-- Section - ambassador registry
-- (Both return two columns: PostgREST unwraps a one-column result to bare values.)
/** AvZ assigns an organisation as ambassador of a province. */
create or replace function public.assign_ambassador(organisation uuid, province text, note text default null)
returns table (ambassador_id uuid, province_code text)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  uid uuid := app_private.require_user();
  created uuid;
begin
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  insert into public.ambassadors (organisation_id, province_code, region_note)
  values (organisation, province, nullif(btrim(note), ''))
  on conflict (province_code, organisation_id) do update set region_note = excluded.region_note
  returning id into created;
  perform app_private.audit('ambassador_assigned', 'ambassador', created, null,
    jsonb_build_object('province', province, 'by', uid));
  return query select created, province;
end
$$;

/** AvZ removes an organisation as ambassador of a province. */
create or replace function public.remove_ambassador(organisation uuid, province text)
returns table (removed boolean, province_code text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := app_private.require_user();
  removed_id uuid;
begin
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  delete from public.ambassadors a
  where a.organisation_id = organisation and a.province_code = province
  returning a.id into removed_id;
  if removed_id is not null then
    perform app_private.audit('ambassador_removed', 'ambassador', removed_id, null,
      jsonb_build_object('province', province, 'by', uid));
  end if;
  return query select removed_id is not null, province;
end
$$;

/** The audit trail of a partnership (coordinator, AvZ), or of everything (AvZ), newest first. */
create or replace function public.audit_trail(partnership uuid default null, max_rows integer default 50)
returns table (at timestamptz, action text, entity text, partnership_id uuid, partnership_name text,
               actor_name text, details jsonb)
language sql stable
security invoker
set search_path = ''
as $$
  select l.at, l.action, l.entity, l.partnership_id, p.name, pr.display_name, l.details
  from public.audit_log l
  left join public.partnerships p on p.id = l.partnership_id
  left join public.profiles pr on pr.user_id = l.actor
  where audit_trail.partnership is null or l.partnership_id = audit_trail.partnership
  order by l.at desc, l.id desc
  limit least(greatest(max_rows, 1), 500)
$$;

revoke all on function app_private.may_answer(public.seeker_registrations) from public;
grant execute on function app_private.may_answer(public.seeker_registrations) to authenticated;
grant execute on function public.ambassador_inbox() to authenticated;
grant execute on function public.answer_with_partnership(uuid, uuid, boolean) to authenticated;
grant execute on function public.decline_registration(uuid, text) to authenticated;
grant execute on function public.assign_ambassador(uuid, text, text) to authenticated;
grant execute on function public.remove_ambassador(uuid, text) to authenticated;
grant execute on function public.audit_trail(uuid, integer) to authenticated;
