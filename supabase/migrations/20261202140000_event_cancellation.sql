-- Kennis: the AvZ calls off an event. It stays listed (people look for it), marked as called off
-- with the reason; registering is refused from then on; every registered and waiting
-- organisation is notified. The event's other columns and reads stay as they were: who needs to
-- know reads the cancellation beside them (event_cancellations).

alter table public.events
  add column cancelled_at timestamptz,
  add column cancel_reason text check (cancel_reason is null or char_length(cancel_reason) between 3 and 500);
grant select (cancelled_at, cancel_reason) on public.events to anon, authenticated;

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
  'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
  'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted',
  'new_answer', 'event_changed', 'event_place_offered', 'event_cancelled'
));

drop function public.my_notifications(integer);
/** The caller's organisation's notifications, with the partnership, question or event they are about. */
create function public.my_notifications(max_rows integer default 20)
returns table (
  id uuid, kind text, subject text, created_at timestamptz, read boolean, partnership_id uuid,
  question_id uuid, event_id uuid
)
language sql stable
security definer
set search_path = ''
as $$
  select n.id, n.kind, n.subject, n.created_at, n.read_at is not null,
    case
      when n.kind in ('partnership_founded', 'coordination_offered', 'coordination_accepted')
        then n.entity_id
      when n.kind like 'event_%' or n.kind in ('new_seeker', 'new_answer') then null
      else (select m.partnership_id from public.memberships m where m.id = n.entity_id)
    end,
    case when n.kind = 'new_answer' then n.entity_id end,
    case when n.kind like 'event_%' then n.entity_id end
  from public.notifications n
  where n.recipient_org_id = (select app_private.my_org_id())
  order by n.created_at desc
  limit least(greatest(coalesce(max_rows, 20), 1), 100)
$$;
grant execute on function public.my_notifications(integer) to authenticated;

/** No new registration, and no change of one, for an event that was called off. */
create or replace function app_private.refuse_cancelled_event() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if exists (select 1 from public.events e where e.id = new.event_id and e.cancelled_at is not null) then
    perform app_private.fail('SK005', 'not_allowed', 'event_cancelled');
  end if;
  return new;
end
$$;
create trigger event_registrations_not_cancelled
  before insert or update of participants, contact_name, contact_email on public.event_registrations
  for each row execute function app_private.refuse_cancelled_event();

/** The AvZ calls off a coming event with a reason; registrants and those waiting are told. */
create or replace function public.cancel_event(event uuid, reason text)
returns table (event_id uuid, cancelled_at timestamptz)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 500, multiline => true);
  target public.events;
  registrant uuid;
begin
  select * into target from public.events e where e.id = event for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if target.cancelled_at is not null then
    perform app_private.fail('SK005', 'not_allowed', 'event_cancelled');
  end if;
  if target.starts_at <= now() then
    perform app_private.fail('SK005', 'not_allowed', 'event_past');
  end if;
  update public.events e set cancelled_at = now(), cancel_reason = checked_reason,
    version = e.version + 1, updated_at = now()
  where e.id = target.id;
  for registrant in
    select r.organisation_id from public.event_registrations r where r.event_id = target.id
  loop
    perform app_private.notify(registrant, 'event_cancelled', target.id, target.title);
  end loop;
  perform app_private.audit('event_cancelled', 'event', target.id, null,
    jsonb_build_object('reason', checked_reason, 'by', uid));
  return query select target.id, now();
end
$$;

/** Events that were called off, with when and why (public, like the events). */
create or replace function public.event_cancellations()
returns table (event_id uuid, cancelled_at timestamptz, cancel_reason text)
language sql stable
security invoker
set search_path = ''
as $$
  select e.id, e.cancelled_at, e.cancel_reason from public.events e where e.cancelled_at is not null
$$;

revoke all on function app_private.refuse_cancelled_event() from public;
grant execute on function public.event_cancellations() to anon, authenticated;
grant execute on function public.cancel_event(uuid, text) to authenticated;
