-- A group that stops before it starts leaves its newcomers looking again. Until now their
-- registrations stayed "opgenomen in een verband" after the group stopped: they were off the map
-- of seekers, out of the ambassador's inbox and out of the coverage board's waiting count, as if
-- placed, while no course would come of it. A group that ran and then ended does not reopen
-- anything: its members had their course.

-- Section - reopening
/**
 * When a partnership that never started ends, each accepted member's latest matched registration
 * for one of its courses is open again, unanswered, and its ambassador (or the AvZ) hears of it
 * as of a new seeker. Not when the member is still in another group that has not ended for that
 * course, nor when it already registered again for that site and course (one open registration
 * per site and course).
 */
create or replace function app_private.reopen_after_stop() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  reg public.seeker_registrations;
begin
  for reg in
    select distinct on (r.site_id, r.opleiding) r.*
    from public.seeker_registrations r
    join public.memberships m
      on m.organisation_id = r.organisation_id and m.partnership_id = new.id and m.state = 'accepted'
    where r.status = 'matched'
      and r.opleiding = any (new.opleidingen)
      and not exists (
        select 1 from public.memberships other
        join public.partnerships p on p.id = other.partnership_id
        where other.organisation_id = r.organisation_id and other.state = 'accepted'
          and p.id <> new.id and p.status <> 'ended' and r.opleiding = any (p.opleidingen))
      and not exists (
        select 1 from public.seeker_registrations again
        where again.site_id = r.site_id and again.opleiding = r.opleiding and again.status = 'open')
    order by r.site_id, r.opleiding, r.created_at desc, r.id
  loop
    update public.seeker_registrations r
      set status = 'open', answered_at = null, answer_note = null
      where r.id = reg.id;
    perform app_private.audit('reopened', 'seeker_registration', reg.id, new.id);
    if reg.routed_to_org_id is not null then
      perform app_private.notify(reg.routed_to_org_id, 'new_seeker', reg.id,
        (select o.name from public.organisations o where o.id = reg.organisation_id));
    else
      perform app_private.notify_avz('new_seeker', reg.id,
        (select o.name from public.organisations o where o.id = reg.organisation_id));
    end if;
  end loop;
  return null;
end
$$;
create trigger partnerships_reopen_after_stop after update of status on public.partnerships
  for each row
  when (new.status = 'ended' and old.status in ('seeking', 'forming') and new.start_date is null)
  execute function app_private.reopen_after_stop();
