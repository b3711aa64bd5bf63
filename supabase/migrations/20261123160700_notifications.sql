-- Notifications in the app, for the organisations concerned only, and a daily digest per person:
-- at most one digest row per person per day (e-mail delivery hooks onto that table, see README).
-- Only the database creates them: membership changes through a trigger, the other events from
-- the functions that cause them. Subjects are names that were checked when they were written.

-- Section - tables
/** One thing to know, for one organisation. */
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  recipient_org_id uuid not null references public.organisations (id) on delete cascade,
  kind text not null check (kind in (
    'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
    'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
    'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted'
  )),
  entity_id uuid not null,
  subject text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
alter table public.notifications enable row level security;
create index notifications_recipient_idx on public.notifications (recipient_org_id, read_at);

/** The daily digest of a person: one row per person per day, counting that day's notifications. */
create table public.notification_digests (
  user_id uuid not null references auth.users (id) on delete cascade,
  day date not null,
  notification_count integer not null default 0 check (notification_count >= 0),
  sent_at timestamptz,
  primary key (user_id, day)
);
alter table public.notification_digests enable row level security;

-- Section - read access
revoke all on public.notifications, public.notification_digests from anon;
grant select on public.notifications, public.notification_digests to authenticated;

create policy "Organisations read their notifications" on public.notifications
  for select to authenticated
  using (recipient_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));

create policy "People read their own digests" on public.notification_digests
  for select to authenticated using (user_id = (select auth.uid()));

-- Section - creating notifications
/** Notifies an organisation and counts it in the daily digest of each of its people. */
create or replace function app_private.notify(org uuid, kind text, entity uuid, subject text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if org is null then
    return;
  end if;
  insert into public.notifications (recipient_org_id, kind, entity_id, subject)
  values (org, kind, entity, subject);
  insert into public.notification_digests (user_id, day, notification_count)
  select p.user_id, current_date, 1 from public.profiles p where p.organisation_id = org
  on conflict (user_id, day) do update
    set notification_count = public.notification_digests.notification_count + 1;
end
$$;

/** Notifies the organisations of every AvZ coordinator. */
create or replace function app_private.notify_avz(kind text, entity uuid, subject text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  avz_org uuid;
begin
  for avz_org in
    select distinct p.organisation_id from public.profiles p
    where p.role = 'avz_coordinator' and p.organisation_id is not null
  loop
    perform app_private.notify(avz_org, kind, entity, subject);
  end loop;
end
$$;

/** Notifies the ambassadors of a province (but not `except_org`), or the AvZ when there are none. */
create or replace function app_private.notify_province(
  province text, kind text, entity uuid, subject text, except_org uuid default null
) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  ambassador uuid;
  any_ambassador boolean := false;
begin
  for ambassador in
    select a.organisation_id from public.ambassadors a where a.province_code = province
  loop
    any_ambassador := true;
    if ambassador is distinct from except_org then
      perform app_private.notify(ambassador, kind, entity, subject);
    end if;
  end loop;
  if not any_ambassador then
    perform app_private.notify_avz(kind, entity, subject);
  end if;
end
$$;

/** A new seeker goes to the ambassador it was routed to, or to the AvZ. */
create or replace function app_private.notify_new_seeker() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  name text := (select o.name from public.organisations o where o.id = new.organisation_id);
begin
  if new.routed_to_org_id is not null then
    perform app_private.notify(new.routed_to_org_id, 'new_seeker', new.id, name);
  else
    perform app_private.notify_avz('new_seeker', new.id, name);
  end if;
  return new;
end
$$;
create trigger seeker_registrations_notify after insert on public.seeker_registrations
  for each row execute function app_private.notify_new_seeker();

/**
 * Membership changes, to whom they concern: a request to the coordinator and the province's
 * ambassadors; an invitation to the invited; a decision on a request to the asker; an answer to
 * an invitation, and a member leaving, to the coordinator; a removal to the removed.
 */
create or replace function app_private.notify_membership() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
  member_name text := (select o.name from public.organisations o where o.id = new.organisation_id);
  decider_org uuid := (select p.organisation_id from public.profiles p where p.user_id = new.decided_by);
  before_state public.membership_state := case when tg_op = 'UPDATE' then old.state end;
begin
  if before_state is not distinct from new.state or new.role = 'regiehouder' then
    return new;
  end if;
  select * into target from public.partnerships p where p.id = new.partnership_id;
  if new.state = 'requested' then
    perform app_private.notify(target.coordinator_org_id, 'join_request', new.id, member_name);
    perform app_private.notify_province(target.province_code, 'join_request', new.id, member_name,
                                        target.coordinator_org_id);
  elsif new.state = 'invited' then
    perform app_private.notify(new.organisation_id, 'membership_invited', new.id, target.name);
  elsif before_state = 'invited' and new.state in ('accepted', 'declined') then
    perform app_private.notify(target.coordinator_org_id, 'invitation_' || new.state::text, new.id,
                               member_name);
  elsif new.state in ('accepted', 'declined') then
    perform app_private.notify(new.organisation_id, 'membership_' || new.state::text, new.id,
                               target.name);
  elsif new.state = 'left' and decider_org is not distinct from new.organisation_id then
    perform app_private.notify(target.coordinator_org_id, 'member_left', new.id, member_name);
  elsif new.state = 'left' then
    perform app_private.notify(new.organisation_id, 'membership_ended', new.id, target.name);
  end if;
  return new;
end
$$;
create trigger memberships_notify after insert or update of state on public.memberships
  for each row execute function app_private.notify_membership();

/** A new partnership (found_partnership): its province's ambassadors and the AvZ hear of it. */
create or replace function app_private.notify_partnership_founded(partnership uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
begin
  select * into target from public.partnerships p where p.id = partnership;
  perform app_private.notify_province(target.province_code, 'partnership_founded', target.id,
                                      target.name, target.coordinator_org_id);
  if exists (select 1 from public.ambassadors a where a.province_code = target.province_code) then
    perform app_private.notify_avz('partnership_founded', target.id, target.name);
  end if;
end
$$;

/** Coordination offered to a member, and taken over: the organisations concerned hear of it. */
create or replace function app_private.notify_coordination() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.pending_coordinator_org_id is not null
     and new.pending_coordinator_org_id is distinct from old.pending_coordinator_org_id then
    perform app_private.notify(new.pending_coordinator_org_id, 'coordination_offered', new.id, new.name);
  end if;
  if new.coordinator_org_id <> old.coordinator_org_id then
    perform app_private.notify(old.coordinator_org_id, 'coordination_accepted', new.id, new.name);
  end if;
  return new;
end
$$;
create trigger partnerships_notify_coordination
  after update of pending_coordinator_org_id, coordinator_org_id on public.partnerships
  for each row execute function app_private.notify_coordination();

-- Section - API
/**
 * The caller's organisation's latest notifications, newest first, each with the partnership it
 * is about (for a link to it): the partnership itself, or the one of the membership it concerns.
 * A newcomer's registration has none; it is answered in the inbox. Definer, so that the link is
 * there whatever the caller may read of the membership; only the caller's own notifications.
 */
create or replace function public.my_notifications(max_rows integer default 20)
returns table (
  id uuid, kind text, subject text, created_at timestamptz, read boolean, partnership_id uuid
)
language sql stable
security definer
set search_path = ''
as $$
  select n.id, n.kind, n.subject, n.created_at, n.read_at is not null,
    case
      when n.kind in ('partnership_founded', 'coordination_offered', 'coordination_accepted')
        then n.entity_id
      when n.kind = 'new_seeker' then null
      else (select m.partnership_id from public.memberships m where m.id = n.entity_id)
    end
  from public.notifications n
  where n.recipient_org_id = (select app_private.my_org_id())
  order by n.created_at desc
  limit least(greatest(coalesce(max_rows, 20), 1), 100)
$$;

/** Marks all of the caller's organisation's notifications read. */
create or replace function public.mark_notifications_read()
returns table (marked integer, unread integer)
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid := app_private.require_org();
  count_marked integer;
begin
  update public.notifications n set read_at = now()
  where n.recipient_org_id = org and n.read_at is null;
  get diagnostics count_marked = row_count;
  return query select count_marked, 0;
end
$$;

revoke all on all functions in schema app_private from public;
grant execute on function public.my_notifications(integer) to authenticated;
grant execute on function public.mark_notifications_read() to authenticated;
