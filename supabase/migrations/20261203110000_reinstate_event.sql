-- An event called off by mistake, or back on after all, can go ahead again. Calling off kept
-- the registrations and the waiting list, so going ahead needs nothing but the date still to
-- come: whoever was registered is again, and hears of it.

-- Section - notifications
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
  'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
  'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted',
  'new_answer', 'event_changed', 'event_place_offered', 'event_cancelled', 'partnership_ended',
  'event_reinstated'
));

-- Section - going ahead after all
/**
 * The AvZ lets a called-off event go ahead after all, while it is still to come: the reason is
 * cleared, and every organisation registered or waiting is told.
 */
create or replace function public.reinstate_event(event uuid)
returns table (event_id uuid, version integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  target public.events;
begin
  select * into target from public.events e where e.id = event for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'event');
  end if;
  if target.cancelled_at is null then
    perform app_private.fail('SK006', 'invalid_input', 'not_cancelled');
  end if;
  if target.starts_at <= now() then
    perform app_private.fail('SK005', 'not_allowed', 'event_past');
  end if;
  update public.events e set cancelled_at = null, cancel_reason = null,
    version = e.version + 1, updated_at = now()
  where e.id = target.id;
  perform app_private.notify(r.organisation_id, 'event_reinstated', target.id, target.title)
  from public.event_registrations r where r.event_id = target.id;
  perform app_private.audit('event_reinstated', 'event', target.id, null,
    jsonb_build_object('by', uid));
  return query select target.id, target.version + 1;
end
$$;
grant execute on function public.reinstate_event(uuid) to authenticated;
