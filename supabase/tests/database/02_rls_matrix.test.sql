-- The access matrix: every table × persona × operation, against the fixture world
-- (tests.create_fixture). Each cell runs in its own transaction in a second session
-- (tests.cell), with a fresh role and claims; `allowed` lists the personas that may see or
-- change the target row. Reads are decided by row-level security and column grants; writes by
-- nobody: tables are read-only to anon and authenticated, every write is an API function.
-- Loosen any policy or give back any write grant and this fails, naming the cell.

-- The fixture is committed so the cells' session sees it; removed again at the end.
select tests.create_fixture();

begin;
select plan(4);

create temporary table cases (tbl text, op text, stmt text, allowed text) on commit drop;

insert into cases values
-- provinces: reference data
('provinces', 'select', $$select 1 from public.provinces where code = 'PV26'$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('provinces', 'insert', $$insert into public.provinces (code, name) values ('PV19', 'Nergens')$$, ''),
('provinces', 'update', $$update public.provinces set goal_active_partnerships = 2 where code = 'PV26'$$, ''),
('provinces', 'delete', $$delete from public.provinces where code = 'PV29'$$, ''),
-- organisations: public
('organisations', 'select', $$select 1 from public.organisations where id = tests.id('org', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('organisations', 'insert', $$insert into public.organisations (name) values ('Fixture Nieuw')$$, ''),
('organisations', 'update', $$update public.organisations set website = 'https://a.example' where id = tests.id('org', 'a')$$, ''),
('organisations', 'delete', $$delete from public.organisations where id = tests.id('org', 'a')$$, ''),
-- organisation_contacts: never public; only through a relationship the other side agreed to
('organisation_contacts', 'select', $$select 1 from public.organisation_contacts where organisation_id = tests.id('org', 'a')$$, 'member_a coordinator ambassador_x avz'),
('organisation_contacts', 'select: a plain member', $$select 1 from public.organisation_contacts where organisation_id = tests.id('org', 'b')$$, 'member_b avz'),
('organisation_contacts', 'select: a coordinator', $$select 1 from public.organisation_contacts where organisation_id = tests.id('org', 'c')$$, 'coordinator ambassador_x avz'),
('organisation_contacts', 'select: an ambassador', $$select 1 from public.organisation_contacts where organisation_id = tests.id('org', 'x')$$, 'member_a member_b coordinator ambassador_x ambassador_y avz'),
('organisation_contacts', 'insert', $$insert into public.organisation_contacts (organisation_id, contact_name, email) values (tests.id('org', 'w'), 'Nieuw', 'nieuw@fixture.example')$$, ''),
('organisation_contacts', 'update', $$update public.organisation_contacts set phone = '030 1234567' where organisation_id = tests.id('org', 'a')$$, ''),
('organisation_contacts', 'delete', $$delete from public.organisation_contacts where organisation_id = tests.id('org', 'a')$$, ''),
-- profiles: own and colleagues, AvZ
('profiles', 'select', $$select 1 from public.profiles where user_id = tests.id('user', 'a')$$, 'member_a avz'),
('profiles', 'insert', $$insert into public.profiles (user_id, organisation_id, display_name) values (tests.id('user', 'w'), tests.id('org', 'a'), 'Nieuw')$$, ''),
('profiles', 'update', $$update public.profiles set display_name = 'Andere naam' where user_id = tests.id('user', 'a')$$, ''),
('profiles', 'update: make oneself AvZ', $$update public.profiles set role = 'avz_coordinator' where user_id = (select auth.uid())$$, ''),
('profiles', 'delete', $$delete from public.profiles where user_id = tests.id('user', 'a')$$, ''),
-- sites: public (place level)
('sites', 'select', $$select 1 from public.sites where id = tests.id('site', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('sites', 'insert', $$insert into public.sites (organisation_id, name, place, lat, lng) values (tests.id('org', 'a'), 'Tweede locatie', 'Houten', 52.03, 5.17)$$, ''),
('sites', 'update', $$update public.sites set name = 'Hernoemd' where id = tests.id('site', 'a')$$, ''),
('sites', 'update: forge the province', $$update public.sites set province_code = 'PV24' where id = tests.id('site', 'a')$$, ''),
('sites', 'update: hand the site to another organisation', $$update public.sites set organisation_id = tests.id('org', 'b') where id = tests.id('site', 'a')$$, ''),
('sites', 'delete', $$delete from public.sites where id = tests.id('site', 'a')$$, ''),
-- site_addresses: private like contacts
('site_addresses', 'select', $$select 1 from public.site_addresses where site_id = tests.id('site', 'a')$$, 'member_a coordinator ambassador_x avz'),
('site_addresses', 'insert', $$insert into public.site_addresses (site_id, street, postcode) values (tests.id('site', 'b'), 'Nieuwstraat 2', '3011 AB')$$, ''),
('site_addresses', 'update', $$update public.site_addresses set street = 'Anderstraat 3' where site_id = tests.id('site', 'a')$$, ''),
('site_addresses', 'delete', $$delete from public.site_addresses where site_id = tests.id('site', 'a')$$, ''),
-- demand: counts are public
('demand', 'select', $$select 1 from public.demand where site_id = tests.id('site', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('demand', 'insert', $$insert into public.demand (site_id, opleiding, student_count) values (tests.id('site', 'a'), 'facilitair', 2)$$, ''),
('demand', 'update', $$update public.demand set student_count = 4 where site_id = tests.id('site', 'a')$$, ''),
('demand', 'delete', $$delete from public.demand where site_id = tests.id('site', 'a')$$, ''),
-- partnerships: public; changed only through the API functions
('partnerships', 'select', $$select 1 from public.partnerships where id = tests.id('partnership', 'c')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('partnerships', 'insert', $$insert into public.partnerships (name, opleidingen, coordinator_org_id, meeting_site_id) values ('Fixture Tweede Verband', '{logistiek}', tests.id('org', 'b'), tests.id('site', 'b'))$$, ''),
('partnerships', 'update', $$update public.partnerships set description = 'Nieuw' where id = tests.id('partnership', 'c')$$, ''),
('partnerships', 'update: raise the seat limit', $$update public.partnerships set max_members = 50 where id = tests.id('partnership', 'c')$$, ''),
('partnerships', 'update: hand over to another organisation', $$update public.partnerships set coordinator_org_id = tests.id('org', 'b') where id = tests.id('partnership', 'c')$$, ''),
('partnerships', 'update: move the meeting site', $$update public.partnerships set meeting_site_id = tests.id('site', 'b') where id = tests.id('partnership', 'c')$$, ''),
('partnerships', 'delete', $$delete from public.partnerships where id = tests.id('partnership', 'c')$$, ''),
-- memberships: requests are private to the asker and steering roles; free text never readable
('memberships', 'select', $$select 1 from public.memberships where id = tests.id('membership', 'a')$$, 'member_a coordinator ambassador_x avz'),
('memberships', 'select: an accepted member', $$select 1 from public.memberships where id = tests.id('membership', 'c')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('memberships', 'select: message and decider', $$select message, decision_reason, decided_by from public.memberships where id = tests.id('membership', 'c')$$, ''),
('memberships', 'insert', $$insert into public.memberships (partnership_id, organisation_id, state) values (tests.id('partnership', 'c'), tests.id('org', 'b'), 'invited')$$, ''),
('memberships', 'update', $$update public.memberships set state = 'accepted' where id = tests.id('membership', 'a')$$, ''),
('memberships', 'update: move to another partnership', $$update public.memberships set partnership_id = gen_random_uuid() where id = tests.id('membership', 'a')$$, ''),
('memberships', 'delete', $$delete from public.memberships where id = tests.id('membership', 'a')$$, ''),
-- agreements: internal to the partnership
('agreements', 'select', $$select 1 from public.agreements where partnership_id = tests.id('partnership', 'c')$$, 'coordinator ambassador_x avz'),
('agreements', 'insert', $$insert into public.agreements (partnership_id, item) values (tests.id('partnership', 'c'), 'werkbegeleiders')$$, ''),
('agreements', 'update', $$update public.agreements set done = true where partnership_id = tests.id('partnership', 'c')$$, ''),
('agreements', 'delete', $$delete from public.agreements where partnership_id = tests.id('partnership', 'c')$$, ''),
-- agreement_sites, partnership_milestones: internal like the agreements
('agreement_sites', 'select', $$select 1 from public.agreement_sites where partnership_id = tests.id('partnership', 'c')$$, 'coordinator ambassador_x avz'),
('agreement_sites', 'insert', $$insert into public.agreement_sites (partnership_id, item, site_id) values (tests.id('partnership', 'c'), 'praktijkplaatsen', tests.id('site', 'b'))$$, ''),
('agreement_sites', 'update', $$update public.agreement_sites set site_id = tests.id('site', 'b') where partnership_id = tests.id('partnership', 'c')$$, ''),
('agreement_sites', 'delete', $$delete from public.agreement_sites where partnership_id = tests.id('partnership', 'c')$$, ''),
('partnership_milestones', 'select', $$select 1 from public.partnership_milestones where partnership_id = tests.id('partnership', 'c')$$, 'coordinator ambassador_x avz'),
('partnership_milestones', 'insert', $$insert into public.partnership_milestones (partnership_id, milestone, done_on) values (tests.id('partnership', 'c'), 'in_en_doorstroom', current_date)$$, ''),
('partnership_milestones', 'update', $$update public.partnership_milestones set done_on = current_date where partnership_id = tests.id('partnership', 'c')$$, ''),
('partnership_milestones', 'delete', $$delete from public.partnership_milestones where partnership_id = tests.id('partnership', 'c')$$, ''),
-- scheme_rules: public reference data
('scheme_rules', 'select', $$select 1 from public.scheme_rules where scheme = 'top' and rule_id = 'sectors'$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('scheme_rules', 'insert', $$insert into public.scheme_rules (scheme, position, rule_id, kind, gate, min_value) values ('top', 9, 'loose', 'min_members', 'forming', 1)$$, ''),
('scheme_rules', 'update', $$update public.scheme_rules set min_value = 1 where scheme = 'top' and rule_id = 'sectors'$$, ''),
('scheme_rules', 'delete', $$delete from public.scheme_rules where scheme = 'top'$$, ''),
-- info_pages: the information pack is public; written only through the AvZ's functions
('info_pages', 'select', $$select 1 from public.info_pages where slug = 'subsidie'$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('info_pages', 'insert', $$insert into public.info_pages (slug, title, body) values ('nep', 'Nep pagina', 'Nep')$$, ''),
('info_pages', 'update', $$update public.info_pages set body = 'Overschreven' where slug = 'subsidie'$$, ''),
('info_pages', 'delete', $$delete from public.info_pages where slug = 'subsidie'$$, ''),
-- info_page_versions: the history, for the AvZ
('info_page_versions', 'select', $$select 1 from public.info_page_versions v join public.info_pages p on p.id = v.page_id where p.slug = 'subsidie'$$, 'avz'),
('info_page_versions', 'insert', $$insert into public.info_page_versions (page_id, version, title, body) select id, 99, 'Nep', 'Nep' from public.info_pages where slug = 'subsidie'$$, ''),
('info_page_versions', 'update', $$update public.info_page_versions set body = 'Overschreven' where version = 1$$, ''),
('info_page_versions', 'delete', $$delete from public.info_page_versions where version = 1$$, ''),
-- questions, answers: public unless hidden (then the author and the AvZ); author and reason never
('questions', 'select', $$select 1 from public.questions where id = tests.id('question', 'a')$$, 'member_a avz'),
('questions', 'select: author and hidden reason', $$select author, hidden_reason from public.questions where id = tests.id('question', 'a')$$, ''),
('questions', 'insert', $$insert into public.questions (organisation_id, title, body, topic) values (tests.id('org', 'b'), 'Nep vraag', 'Nep', 'overig')$$, ''),
('questions', 'update', $$update public.questions set hidden = false where id = tests.id('question', 'a')$$, ''),
('questions', 'delete', $$delete from public.questions where id = tests.id('question', 'a')$$, ''),
('answers', 'select', $$select 1 from public.answers where id = tests.id('answer', 'b')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('answers', 'insert', $$insert into public.answers (question_id, organisation_id, body) values (tests.id('question', 'a'), tests.id('org', 'b'), 'Nep')$$, ''),
('answers', 'update', $$update public.answers set body = 'Overschreven' where id = tests.id('answer', 'b')$$, ''),
('answers', 'delete', $$delete from public.answers where id = tests.id('answer', 'b')$$, ''),
-- answer_votes: one's own; post_reports: the AvZ
('answer_votes', 'select', $$select 1 from public.answer_votes where answer_id = tests.id('answer', 'b')$$, 'member_b'),
('answer_votes', 'insert', $$insert into public.answer_votes (answer_id, user_id) values (tests.id('answer', 'b'), (select auth.uid()))$$, ''),
('answer_votes', 'update', $$update public.answer_votes set created_at = now() where answer_id = tests.id('answer', 'b')$$, ''),
('answer_votes', 'delete', $$delete from public.answer_votes where answer_id = tests.id('answer', 'b')$$, ''),
('post_reports', 'select', $$select 1 from public.post_reports where post_id = tests.id('question', 'a')$$, 'avz'),
('post_reports', 'insert', $$insert into public.post_reports (post_kind, post_id, reason) values ('answer', tests.id('answer', 'b'), 'Nep melding')$$, ''),
('post_reports', 'update', $$update public.post_reports set reason = 'Anders' where post_id = tests.id('question', 'a')$$, ''),
('post_reports', 'delete', $$delete from public.post_reports where post_id = tests.id('question', 'a')$$, ''),
-- events: public, except the online link (registrants get it through event_detail);
-- event_registrations: the registering organisation and the AvZ
('events', 'select', $$select 1 from public.events where id = tests.id('event', 'z')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('events', 'select: the online link', $$select online_url from public.events where id = tests.id('event', 'z')$$, ''),
('events', 'insert', $$insert into public.events (title, description, starts_at, ends_at, place, capacity, registration_deadline) values ('Nep bijeenkomst', 'Nep', now(), now() + interval '1 hour', 'Nergens', 5, now())$$, ''),
('events', 'update', $$update public.events set capacity = 500 where id = tests.id('event', 'z')$$, ''),
('events', 'delete', $$delete from public.events where id = tests.id('event', 'z')$$, ''),
('event_registrations', 'select', $$select 1 from public.event_registrations where event_id = tests.id('event', 'z')$$, 'member_a avz'),
('event_registrations', 'insert', $$insert into public.event_registrations (event_id, organisation_id, participants, contact_name, contact_email, status) values (tests.id('event', 'z'), tests.id('org', 'b'), 1, 'Nep', 'nep@fixture.example', 'registered')$$, ''),
('event_registrations', 'update', $$update public.event_registrations set participants = 9 where event_id = tests.id('event', 'z')$$, ''),
('event_registrations', 'delete', $$delete from public.event_registrations where event_id = tests.id('event', 'z')$$, ''),
-- ambassadors: public registry
('ambassadors', 'select', $$select 1 from public.ambassadors where organisation_id = tests.id('org', 'x')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('ambassadors', 'insert', $$insert into public.ambassadors (organisation_id, province_code) values (tests.id('org', 'b'), 'PV28')$$, ''),
('ambassadors', 'update', $$update public.ambassadors set region_note = 'Heel Utrecht' where organisation_id = tests.id('org', 'x')$$, ''),
('ambassadors', 'delete', $$delete from public.ambassadors where organisation_id = tests.id('org', 'x')$$, ''),
-- seeker_registrations: open ones are public; who registered and their request key are not
('seeker_registrations', 'select', $$select 1 from public.seeker_registrations where id = tests.id('registration', 'a')$$, 'anon member_a member_b coordinator ambassador_x ambassador_y avz'),
('seeker_registrations', 'select: user ids and request keys', $$select created_by, client_request_id from public.seeker_registrations where id = tests.id('registration', 'a')$$, ''),
('seeker_registrations', 'select: the answer note', $$select answer_note from public.seeker_registrations where id = tests.id('registration', 'a')$$, ''),
('seeker_registrations', 'insert', $$insert into public.seeker_registrations (organisation_id, site_id, province_code, opleiding, student_count, client_request_id) values (tests.id('org', 'a'), tests.id('site', 'a'), 'PV26', 'facilitair', 2, gen_random_uuid())$$, ''),
('seeker_registrations', 'update', $$update public.seeker_registrations set student_count = 4 where id = tests.id('registration', 'a')$$, ''),
('seeker_registrations', 'update: reroute', $$update public.seeker_registrations set routed_to_org_id = tests.id('org', 'b') where id = tests.id('registration', 'a')$$, ''),
('seeker_registrations', 'delete', $$delete from public.seeker_registrations where id = tests.id('registration', 'a')$$, ''),
-- invitations: the inviter's organisation and AvZ read; nobody changes one
('invitations', 'select', $$select 1 from public.invitations where id = tests.id('invitation', 'c')$$, 'coordinator avz'),
('invitations', 'insert', $$insert into public.invitations (token_hash, inviter_org_id, partnership_id, expires_at) values (sha256('\x01'::bytea), tests.id('org', 'c'), tests.id('partnership', 'c'), now() + interval '1 day')$$, ''),
('invitations', 'update', $$update public.invitations set expires_at = now() + interval '2 days' where id = tests.id('invitation', 'c')$$, ''),
('invitations', 'update: point at another partnership', $$update public.invitations set partnership_id = gen_random_uuid(), used_at = null where id = tests.id('invitation', 'c')$$, ''),
('invitations', 'delete', $$delete from public.invitations where id = tests.id('invitation', 'c')$$, ''),
-- audit_log: read by the partnership's coordinator and AvZ, written only by the database
('audit_log', 'select', $$select 1 from public.audit_log where partnership_id = tests.id('partnership', 'c')$$, 'coordinator avz'),
('audit_log', 'insert', $$insert into public.audit_log (action, entity, entity_id) values ('forged', 'partnership', tests.id('partnership', 'c'))$$, ''),
('audit_log', 'update', $$update public.audit_log set action = 'forged' where partnership_id = tests.id('partnership', 'c')$$, ''),
('audit_log', 'delete', $$delete from public.audit_log where partnership_id = tests.id('partnership', 'c')$$, ''),
-- notifications: only the recipient organisation (and AvZ reading); created by the database only
('notifications', 'select', $$select 1 from public.notifications where recipient_org_id = tests.id('org', 'x') and kind = 'new_seeker'$$, 'ambassador_x avz'),
('notifications', 'insert', $$insert into public.notifications (recipient_org_id, kind, entity_id, subject) values (tests.id('org', 'x'), 'new_seeker', tests.id('registration', 'a'), 'Vals')$$, ''),
('notifications', 'update', $$update public.notifications set read_at = now() where recipient_org_id = tests.id('org', 'x') and kind = 'new_seeker'$$, ''),
('notifications', 'delete', $$delete from public.notifications where recipient_org_id = tests.id('org', 'x')$$, ''),
-- notification_digests: a person's own, read-only
('notification_digests', 'select', $$select 1 from public.notification_digests where user_id = tests.id('user', 'x')$$, 'ambassador_x'),
('notification_digests', 'insert', $$insert into public.notification_digests (user_id, day) values (tests.id('user', 'x'), current_date + 1)$$, ''),
('notification_digests', 'update', $$update public.notification_digests set sent_at = now() where user_id = tests.id('user', 'x')$$, ''),
('notification_digests', 'delete', $$delete from public.notification_digests where user_id = tests.id('user', 'x')$$, '');

select is(
  (select count(distinct tbl)::integer from cases),
  (select count(*)::integer from pg_tables where schemaname = 'public'),
  'the matrix covers every table in public'
);

select is_empty(
  $$ select t.tbl, o.op from (select distinct tbl from cases) t
     cross join unnest(array['select', 'insert', 'update', 'delete']) o (op)
     except select tbl, op from cases $$,
  'the matrix has select, insert, update and delete for every table'
);

-- The fixture's notification for ambassador X exists (made by the registration trigger), so the
-- notification cells test something.
select ok(
  exists (select 1 from public.notifications where recipient_org_id = tests.id('org', 'x')),
  'the fixture has a notification for the notification cells'
);

select bag_eq(
  $$ select c.tbl, c.op, p.persona
     from cases c cross join tests.personas() p
     where tests.cell(p.claims, c.stmt) $$,
  $$ select c.tbl, c.op, allowed.persona
     from cases c cross join lateral unnest(string_to_array(nullif(c.allowed, ''), ' ')) as allowed (persona) $$,
  'each persona can do exactly what the model intends, per table and operation, each cell in its own transaction'
);

select * from finish();
rollback;

select tests.drop_fixture();
