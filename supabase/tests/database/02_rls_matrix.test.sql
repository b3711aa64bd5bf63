-- The row-level security matrix: every table × persona × operation, against the fixture world
-- (tests.create_fixture). Each cell runs in a rolled-back subtransaction; the expected column
-- lists the personas that may see or change the target row. Loosen any policy and this fails.
begin;
select plan(3);

select tests.create_fixture();

create temporary table cases (tbl text, op text, setup text, stmt text, allowed text)
on commit drop;
grant select on cases to anon, authenticated;

insert into cases values
-- provinces: reference data
('provinces', 'select', null, $$select 1 from public.provinces where code = 'PV26'$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('provinces', 'insert', null, $$insert into public.provinces (code, name) values ('PV19', 'Nergens')$$, ''),
('provinces', 'update', null, $$update public.provinces set goal_active_partnerships = 2 where code = 'PV26'$$, ''),
('provinces', 'delete', null, $$delete from public.provinces where code = 'PV29'$$, ''),
-- organisations: public, own organisation editable, AvZ manages
('organisations', 'select', null, $$select 1 from public.organisations where id = tests.id('org', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('organisations', 'insert', null, $$insert into public.organisations (name) values ('Fixture Nieuw')$$, 'avz'),
('organisations', 'update', null, $$update public.organisations set website = 'https://a.example' where id = tests.id('org', 'a')$$, 'member_a avz'),
('organisations', 'delete', null, $$delete from public.organisations where id = tests.id('org', 'a')$$, 'avz'),
-- organisation_contacts: never public; own, partnership relation, ambassador of a site's province, AvZ
('organisation_contacts', 'select', null, $$select 1 from public.organisation_contacts where organisation_id = tests.id('org', 'a')$$, 'member_a coordinator ambassador_x avz'),
('organisation_contacts', 'insert', $$delete from public.organisation_contacts where organisation_id = tests.id('org', 'a')$$, $$insert into public.organisation_contacts (organisation_id, contact_name, email) values (tests.id('org', 'a'), 'Nieuw', 'nieuw@fixture.example')$$, 'member_a avz'),
('organisation_contacts', 'update', null, $$update public.organisation_contacts set phone = '030 1234567' where organisation_id = tests.id('org', 'a')$$, 'member_a avz'),
('organisation_contacts', 'delete', null, $$delete from public.organisation_contacts where organisation_id = tests.id('org', 'a')$$, 'member_a avz'),
-- profiles: own and colleagues, AvZ
('profiles', 'select', null, $$select 1 from public.profiles where user_id = tests.id('user', 'a')$$, 'member_a avz'),
('profiles', 'insert', $$insert into auth.users (id) values ('99999999-0000-4000-8000-000000000001')$$, $$insert into public.profiles (user_id, organisation_id, display_name) values ('99999999-0000-4000-8000-000000000001', tests.id('org', 'a'), 'Nieuw')$$, 'avz'),
('profiles', 'update', null, $$update public.profiles set display_name = 'Andere naam' where user_id = tests.id('user', 'a')$$, 'member_a avz'),
('profiles', 'delete', null, $$delete from public.profiles where user_id = tests.id('user', 'a')$$, 'avz'),
-- sites: public (place level), own organisation and AvZ write
('sites', 'select', null, $$select 1 from public.sites where id = tests.id('site', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('sites', 'insert', null, $$insert into public.sites (organisation_id, name, place, lat, lng) values (tests.id('org', 'a'), 'Tweede locatie', 'Houten', 52.03, 5.17)$$, 'member_a avz'),
('sites', 'update', null, $$update public.sites set name = 'Hernoemd' where id = tests.id('site', 'a')$$, 'member_a avz'),
('sites', 'delete', null, $$delete from public.sites where id = tests.id('site', 'a')$$, 'member_a avz'),
-- site_addresses: private like contacts
('site_addresses', 'select', null, $$select 1 from public.site_addresses where site_id = tests.id('site', 'a')$$, 'member_a coordinator ambassador_x avz'),
('site_addresses', 'insert', $$delete from public.site_addresses where site_id = tests.id('site', 'a')$$, $$insert into public.site_addresses (site_id, street, postcode) values (tests.id('site', 'a'), 'Nieuwstraat 2', '3511 AB')$$, 'member_a avz'),
('site_addresses', 'update', null, $$update public.site_addresses set street = 'Anderstraat 3' where site_id = tests.id('site', 'a')$$, 'member_a avz'),
('site_addresses', 'delete', null, $$delete from public.site_addresses where site_id = tests.id('site', 'a')$$, 'member_a avz'),
-- demand: counts are public
('demand', 'select', null, $$select 1 from public.demand where site_id = tests.id('site', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('demand', 'insert', null, $$insert into public.demand (site_id, opleiding, student_count) values (tests.id('site', 'a'), 'facilitair', 2)$$, 'member_a avz'),
('demand', 'update', null, $$update public.demand set student_count = 4 where site_id = tests.id('site', 'a')$$, 'member_a avz'),
('demand', 'delete', null, $$delete from public.demand where site_id = tests.id('site', 'a')$$, 'member_a avz'),
-- partnerships: public; coordinator starts, steering roles update, AvZ removes
('partnerships', 'select', null, $$select 1 from public.partnerships where id = tests.id('partnership', 'c')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('partnerships', 'insert', null, $$insert into public.partnerships (name, opleidingen, coordinator_org_id, meeting_site_id) values ('Fixture Tweede Verband', '{logistiek}', tests.id('org', 'c'), tests.id('site', 'c'))$$, 'coordinator avz'),
('partnerships', 'update', null, $$update public.partnerships set description = 'Nieuw' where id = tests.id('partnership', 'c')$$, 'coordinator ambassador_x avz'),
('partnerships', 'delete', null, $$delete from public.partnerships where id = tests.id('partnership', 'c')$$, 'avz'),
-- memberships: requests are private to the asker and steering roles
('memberships', 'select', null, $$select 1 from public.memberships where id = tests.id('membership', 'a')$$, 'member_a coordinator ambassador_x avz'),
('memberships', 'insert', $$delete from public.memberships where id = tests.id('membership', 'a')$$, $$insert into public.memberships (partnership_id, organisation_id, state) values (tests.id('partnership', 'c'), tests.id('org', 'a'), 'requested')$$, 'member_a avz'),
('memberships', 'update', null, $$update public.memberships set state = 'accepted' where id = tests.id('membership', 'a')$$, 'coordinator ambassador_x avz'),
('memberships', 'delete', null, $$delete from public.memberships where id = tests.id('membership', 'a')$$, 'avz'),
-- agreements: internal to the partnership
('agreements', 'select', null, $$select 1 from public.agreements where partnership_id = tests.id('partnership', 'c')$$, 'coordinator ambassador_x avz'),
('agreements', 'insert', $$delete from public.agreements where partnership_id = tests.id('partnership', 'c')$$, $$insert into public.agreements (partnership_id, item) values (tests.id('partnership', 'c'), 'trainers')$$, 'coordinator avz'),
('agreements', 'update', null, $$update public.agreements set done = true where partnership_id = tests.id('partnership', 'c')$$, 'coordinator avz'),
('agreements', 'delete', null, $$delete from public.agreements where partnership_id = tests.id('partnership', 'c')$$, 'coordinator avz'),
-- ambassadors: public registry, AvZ assigns
('ambassadors', 'select', null, $$select 1 from public.ambassadors where organisation_id = tests.id('org', 'x')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('ambassadors', 'insert', null, $$insert into public.ambassadors (organisation_id, province_code) values (tests.id('org', 'b'), 'PV28')$$, 'avz'),
('ambassadors', 'update', null, $$update public.ambassadors set region_note = 'Heel Utrecht' where organisation_id = tests.id('org', 'x')$$, 'avz'),
('ambassadors', 'delete', null, $$delete from public.ambassadors where organisation_id = tests.id('org', 'x')$$, 'avz'),
-- seeker_registrations: open ones are public; owner, ambassador of the province and AvZ act
('seeker_registrations', 'select', null, $$select 1 from public.seeker_registrations where id = tests.id('registration', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('seeker_registrations', 'insert', null, $$insert into public.seeker_registrations (organisation_id, site_id, province_code, opleiding, student_count, client_request_id) values (tests.id('org', 'a'), tests.id('site', 'a'), 'PV26', 'facilitair', 2, gen_random_uuid())$$, 'member_a avz'),
('seeker_registrations', 'update', null, $$update public.seeker_registrations set student_count = 4 where id = tests.id('registration', 'a')$$, 'member_a ambassador_x avz'),
('seeker_registrations', 'delete', null, $$delete from public.seeker_registrations where id = tests.id('registration', 'a')$$, 'avz'),
-- invitations: the inviter's organisation and AvZ
('invitations', 'select', null, $$select 1 from public.invitations where id = tests.id('invitation', 'c')$$, 'coordinator avz'),
('invitations', 'insert', null, $$insert into public.invitations (token_hash, inviter_org_id, partnership_id, expires_at) values (sha256('\x01'::bytea), tests.id('org', 'c'), tests.id('partnership', 'c'), now() + interval '1 day')$$, 'coordinator avz'),
('invitations', 'update', null, $$update public.invitations set expires_at = now() + interval '2 days' where id = tests.id('invitation', 'c')$$, 'coordinator avz'),
('invitations', 'delete', null, $$delete from public.invitations where id = tests.id('invitation', 'c')$$, 'coordinator avz'),
-- audit_log: read by the partnership's coordinator and AvZ, written only by the database
('audit_log', 'select', null, $$select 1 from public.audit_log where partnership_id = tests.id('partnership', 'c')$$, 'coordinator avz'),
('audit_log', 'insert', null, $$insert into public.audit_log (action, entity, entity_id) values ('forged', 'partnership', tests.id('partnership', 'c'))$$, ''),
('audit_log', 'update', null, $$update public.audit_log set action = 'forged' where partnership_id = tests.id('partnership', 'c')$$, ''),
('audit_log', 'delete', null, $$delete from public.audit_log where partnership_id = tests.id('partnership', 'c')$$, ''),
-- notifications: only the recipient organisation (and AvZ reading); created by the database only
('notifications', 'select', null, $$select 1 from public.notifications where recipient_org_id = tests.id('org', 'x') and kind = 'new_seeker'$$, 'ambassador_x avz'),
('notifications', 'insert', null, $$insert into public.notifications (recipient_org_id, kind, entity_id, subject) values (tests.id('org', 'x'), 'new_seeker', tests.id('registration', 'a'), 'Vals')$$, ''),
('notifications', 'update', null, $$update public.notifications set read_at = now() where recipient_org_id = tests.id('org', 'x') and kind = 'new_seeker'$$, 'ambassador_x'),
('notifications', 'delete', null, $$delete from public.notifications where recipient_org_id = tests.id('org', 'x')$$, ''),
-- notification_digests: a person's own, read-only
('notification_digests', 'select', null, $$select 1 from public.notification_digests where user_id = tests.id('user', 'x')$$, 'ambassador_x'),
('notification_digests', 'insert', $$delete from public.notification_digests where user_id = tests.id('user', 'x')$$, $$insert into public.notification_digests (user_id, day) values (tests.id('user', 'x'), current_date)$$, ''),
('notification_digests', 'update', null, $$update public.notification_digests set sent_at = now() where user_id = tests.id('user', 'x')$$, ''),
('notification_digests', 'delete', null, $$delete from public.notification_digests where user_id = tests.id('user', 'x')$$, '');


select is(
  (select count(distinct tbl)::integer from cases),
  (select count(*)::integer from pg_tables where schemaname = 'public'),
  'the matrix covers every table in public'
);

select is(
  (select count(*)::integer from cases),
  (select count(distinct tbl)::integer * 4 from cases),
  'the matrix has select, insert, update and delete for every table'
);

select bag_eq(
  $$ select c.tbl, c.op, p.persona
     from cases c cross join tests.personas() p
     where tests.try_as(p.claims, c.stmt, c.setup) $$,
  $$ select c.tbl, c.op, allowed.persona
     from cases c cross join lateral unnest(string_to_array(nullif(c.allowed, ''), ' ')) as allowed (persona) $$,
  'each persona can do exactly what the policies intend, per table and operation'
);

select * from finish();
rollback;
