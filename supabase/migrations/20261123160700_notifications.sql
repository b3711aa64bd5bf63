-- Notifications in the app, for the organisations concerned only, and a daily digest per person:
-- at most one digest row per person per day (e-mail delivery hooks onto that table, see README).

-- Section - tables
/** One thing to know, for one organisation. */
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  recipient_org_id uuid not null references public.organisations (id) on delete cascade,
  kind text not null check (kind in ('new_seeker', 'join_request', 'membership_accepted',
                                     'membership_declined', 'membership_invited')),
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

-- Section - policies (no insert/delete: only the database creates notifications)
create policy "Organisations read their notifications" on public.notifications
  for select to authenticated
  using (recipient_org_id = (select app_private.my_org_id()) or (select app_private.is_avz()));
create policy "Organisations mark their notifications read" on public.notifications
  for update to authenticated
  using (recipient_org_id = (select app_private.my_org_id()))
  with check (recipient_org_id = (select app_private.my_org_id()));
revoke update on public.notifications from authenticated;
grant update (read_at) on public.notifications to authenticated;

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

/** A new seeker goes to the ambassador it was routed to, or to the AvZ. */
create or replace function app_private.notify_new_seeker() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  name text := (select o.name from public.organisations o where o.id = new.organisation_id);
  avz_org uuid;
begin
  if new.routed_to_org_id is not null then
    perform app_private.notify(new.routed_to_org_id, 'new_seeker', new.id, name);
  else
    for avz_org in
      select distinct p.organisation_id from public.profiles p
      where p.role = 'avz_coordinator' and p.organisation_id is not null
    loop
      perform app_private.notify(avz_org, 'new_seeker', new.id, name);
    end loop;
  end if;
  return new;
end
$$;
create trigger seeker_registrations_notify after insert on public.seeker_registrations
  for each row execute function app_private.notify_new_seeker();

/** Join requests go to the coordinator and the province's ambassadors; decisions to the asker. */
create or replace function app_private.notify_membership() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  target public.partnerships;
  asker text := (select o.name from public.organisations o where o.id = new.organisation_id);
  ambassador uuid;
begin
  if tg_op = 'UPDATE' and old.state = new.state then
    return new;
  end if;
  select * into target from public.partnerships p where p.id = new.partnership_id;
  if new.state = 'requested' then
    perform app_private.notify(target.coordinator_org_id, 'join_request', new.id, asker);
    for ambassador in
      select a.organisation_id from public.ambassadors a
      where a.province_code = target.province_code and a.organisation_id <> target.coordinator_org_id
    loop
      perform app_private.notify(ambassador, 'join_request', new.id, asker);
    end loop;
  elsif new.state in ('accepted', 'declined', 'invited') and new.role = 'lid' and tg_op = 'UPDATE' or
        (tg_op = 'INSERT' and new.state in ('accepted', 'invited') and new.role = 'lid'
         and new.decided_by is not null) then
    perform app_private.notify(new.organisation_id, 'membership_' || new.state::text, new.id, target.name);
  end if;
  return new;
end
$$;
create trigger memberships_notify after insert or update of state on public.memberships
  for each row execute function app_private.notify_membership();

-- Section - API
/** The caller's organisation's latest notifications, newest first. */
create or replace function public.my_notifications(max_rows integer default 20)
returns table (id uuid, kind text, subject text, created_at timestamptz, read boolean)
language sql stable
security invoker
set search_path = ''
as $$
  select n.id, n.kind, n.subject, n.created_at, n.read_at is not null
  from public.notifications n
  where n.recipient_org_id = (select app_private.my_org_id())
  order by n.created_at desc
  limit least(greatest(max_rows, 1), 100)
$$;

/** Marks all of the caller's organisation's notifications read. */
create or replace function public.mark_notifications_read()
returns table (marked integer, unread integer)
language sql
security invoker
set search_path = ''
as $$
  with marked as (
    update public.notifications n set read_at = now()
    where n.recipient_org_id = (select app_private.my_org_id()) and n.read_at is null
    returning 1
  )
  select (select count(*) from marked)::integer, 0
$$;

revoke all on function app_private.notify(uuid, text, uuid, text) from public;
grant execute on function public.my_notifications(integer) to authenticated;
grant execute on function public.mark_notifications_read() to authenticated;
