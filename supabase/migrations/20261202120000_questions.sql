-- Kennis: the knowledge network. Members ask and answer; the asker (or the AvZ) marks the answer
-- that solved it; answers are upvoted once per person; everything is searchable with Dutch
-- full-text search; anyone signed in reports a post and the AvZ hides or restores it. Tables are
-- read-only to the API roles, every write is a checked function below.

-- Section - tables
/** A question of a member organisation, with a topic and optionally a province or partnership. */
create table public.questions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  author uuid references auth.users (id) on delete set null,
  title text not null check (char_length(btrim(title)) between 5 and 200),
  body text not null check (char_length(body) between 1 and 5000),
  topic text not null check (topic in ('opleiding', 'subsidie', 'samenwerking', 'praktijk', 'top', 'overig')),
  province_code text references public.provinces (code),
  partnership_id uuid references public.partnerships (id) on delete set null,
  solved_answer_id uuid,
  hidden boolean not null default false,
  hidden_reason text,
  created_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
  ) stored
);
alter table public.questions enable row level security;
create index questions_search_idx on public.questions using gin (search);
create index questions_created_idx on public.questions (created_at desc);

/** An answer to a question, by a member organisation. */
create table public.answers (
  id uuid primary key default gen_random_uuid(),
  question_id uuid not null references public.questions (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  author uuid references auth.users (id) on delete set null,
  body text not null check (char_length(body) between 1 and 5000),
  hidden boolean not null default false,
  hidden_reason text,
  created_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('dutch', body)) stored
);
alter table public.answers enable row level security;
create index answers_question_idx on public.answers (question_id, created_at);
create index answers_search_idx on public.answers using gin (search);
alter table public.questions
  add constraint questions_solved_answer_fk foreign key (solved_answer_id)
  references public.answers (id) on delete set null;

/** One upvote per person per answer. */
create table public.answer_votes (
  answer_id uuid not null references public.answers (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (answer_id, user_id)
);
alter table public.answer_votes enable row level security;

/** A report that a post breaks the rules, for the AvZ to look at. */
create table public.post_reports (
  id uuid primary key default gen_random_uuid(),
  post_kind text not null check (post_kind in ('question', 'answer')),
  post_id uuid not null,
  reporter uuid references auth.users (id) on delete set null,
  reason text not null check (char_length(reason) between 3 and 500),
  created_at timestamptz not null default now(),
  unique (post_kind, post_id, reporter)
);
alter table public.post_reports enable row level security;

-- Section - read access
-- Who wrote a post and why it was hidden stay private: column grants leave them out.
revoke all on public.questions, public.answers from anon, authenticated;
grant select (id, organisation_id, title, body, topic, province_code, partnership_id,
              solved_answer_id, hidden, created_at, search)
  on public.questions to anon, authenticated;
grant select (id, question_id, organisation_id, body, hidden, created_at, search)
  on public.answers to anon, authenticated;
revoke all on public.answer_votes, public.post_reports from anon;
grant select on public.answer_votes, public.post_reports to authenticated;

create policy "Visible questions, own and all for the AvZ" on public.questions
  for select to anon, authenticated
  using (not hidden or author = (select auth.uid()) or (select app_private.is_avz()));
create policy "Visible answers, own and all for the AvZ" on public.answers
  for select to anon, authenticated
  using (not hidden or author = (select auth.uid()) or (select app_private.is_avz()));
create policy "Own votes" on public.answer_votes
  for select to authenticated using (user_id = (select auth.uid()));
create policy "The AvZ reads the reports" on public.post_reports
  for select to authenticated using ((select app_private.is_avz()));

-- Section - notifications: the asker hears of a new answer
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check check (kind in (
  'new_seeker', 'join_request', 'membership_accepted', 'membership_declined',
  'membership_invited', 'invitation_accepted', 'invitation_declined', 'member_left',
  'membership_ended', 'partnership_founded', 'coordination_offered', 'coordination_accepted',
  'new_answer'
));

drop function public.my_notifications(integer);
/** The caller's organisation's notifications, with the partnership or question they are about. */
create function public.my_notifications(max_rows integer default 20)
returns table (
  id uuid, kind text, subject text, created_at timestamptz, read boolean, partnership_id uuid,
  question_id uuid
)
language sql stable
security definer
set search_path = ''
as $$
  select n.id, n.kind, n.subject, n.created_at, n.read_at is not null,
    case
      when n.kind in ('partnership_founded', 'coordination_offered', 'coordination_accepted')
        then n.entity_id
      when n.kind in ('new_seeker', 'new_answer') then null
      else (select m.partnership_id from public.memberships m where m.id = n.entity_id)
    end,
    case when n.kind = 'new_answer' then n.entity_id end
  from public.notifications n
  where n.recipient_org_id = (select app_private.my_org_id())
  order by n.created_at desc
  limit least(greatest(coalesce(max_rows, 20), 1), 100)
$$;
grant execute on function public.my_notifications(integer) to authenticated;

-- Section - writes
/** A member asks a question. */
create or replace function public.ask_question(
  title text, body text, topic text, province text default null, partnership uuid default null
)
returns table (question_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  checked_title text := app_private.checked_text(title, 'title', 5, 200);
  checked_body text := app_private.checked_text(body, 'body', 1, 5000, multiline => true);
  created uuid;
begin
  if topic is null or topic not in ('opleiding', 'subsidie', 'samenwerking', 'praktijk', 'top', 'overig') then
    perform app_private.fail('SK006', 'invalid_input', 'topic');
  end if;
  if province is not null and not exists (select 1 from public.provinces p where p.code = province) then
    perform app_private.fail('SK006', 'invalid_input', 'province');
  end if;
  if partnership is not null and not exists (select 1 from public.partnerships p where p.id = partnership) then
    perform app_private.fail('SK006', 'invalid_input', 'partnership');
  end if;
  insert into public.questions (organisation_id, author, title, body, topic, province_code, partnership_id)
  values (org, auth.uid(), checked_title, checked_body, topic, province, partnership)
  returning id into created;
  perform app_private.audit('question_asked', 'question', created, partnership, '{}');
  return query select created;
end
$$;

/** A member answers a visible question; the asker's organisation is notified. */
create or replace function public.answer_question(question uuid, body text)
returns table (answer_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  org uuid := app_private.require_org();
  checked_body text := app_private.checked_text(body, 'body', 1, 5000, multiline => true);
  target public.questions;
  created uuid;
begin
  select * into target from public.questions q where q.id = question;
  if target.id is null or (target.hidden and not app_private.is_avz()) then
    perform app_private.fail('SK008', 'not_found', 'question');
  end if;
  insert into public.answers (question_id, organisation_id, author, body)
  values (target.id, org, auth.uid(), checked_body)
  returning id into created;
  if target.organisation_id <> org then
    perform app_private.notify(target.organisation_id, 'new_answer', target.id, target.title);
  end if;
  perform app_private.audit('question_answered', 'answer', created, target.partnership_id,
    jsonb_build_object('question', target.id));
  return query select created;
end
$$;

/** The asker (or the AvZ) marks the answer that solved the question, or clears it with null. */
create or replace function public.mark_solved(question uuid, answer uuid default null)
returns table (question_id uuid, solved_answer_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_user();
  target public.questions;
begin
  select * into target from public.questions q where q.id = question for update;
  if target.id is null then
    perform app_private.fail('SK008', 'not_found', 'question');
  end if;
  if target.author is distinct from uid and not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  if answer is not null and not exists (
    select 1 from public.answers a where a.id = answer and a.question_id = target.id and not a.hidden
  ) then
    perform app_private.fail('SK006', 'invalid_input', 'answer');
  end if;
  update public.questions q set solved_answer_id = answer where q.id = target.id;
  perform app_private.audit('question_solved', 'question', target.id, target.partnership_id,
    jsonb_build_object('answer', answer));
  return query select target.id, answer;
end
$$;

/** Upvotes an answer (once per person) or takes the vote back. */
create or replace function public.vote_answer(answer uuid, up boolean)
returns table (answer_id uuid, votes integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_user();
begin
  perform app_private.required(up is null, 'up');
  if not exists (select 1 from public.answers a where a.id = answer and not a.hidden) then
    perform app_private.fail('SK008', 'not_found', 'answer');
  end if;
  if up then
    insert into public.answer_votes (answer_id, user_id) values (answer, uid) on conflict do nothing;
  else
    delete from public.answer_votes v where v.answer_id = answer and v.user_id = uid;
  end if;
  return query select answer, (select count(*)::integer from public.answer_votes v where v.answer_id = answer);
end
$$;

/** Anyone signed in reports a post, with a reason (once per post). */
create or replace function public.report_post(post_kind text, post uuid, reason text)
returns table (reported boolean)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_user();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 500, multiline => true);
begin
  if post_kind is null or post_kind not in ('question', 'answer')
     or (post_kind = 'question' and not exists (select 1 from public.questions q where q.id = post))
     or (post_kind = 'answer' and not exists (select 1 from public.answers a where a.id = post)) then
    perform app_private.fail('SK008', 'not_found', 'post');
  end if;
  insert into public.post_reports (post_kind, post_id, reporter, reason)
  values (post_kind, post, uid, checked_reason)
  on conflict on constraint post_reports_post_kind_post_id_reporter_key
    do update set reason = excluded.reason;
  return query select true;
end
$$;

/** The AvZ hides or restores a post, with a reason, in the audit trail. */
create or replace function public.moderate_post(post_kind text, post uuid, hide boolean, reason text)
returns table (post_id uuid, hidden boolean)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  checked_reason text := app_private.checked_text(reason, 'reason', 3, 500, multiline => true);
  found_id uuid;
begin
  perform app_private.required(hide is null, 'hide');
  if post_kind = 'question' then
    update public.questions q set hidden = hide, hidden_reason = checked_reason
      where q.id = post returning q.id into found_id;
  elsif post_kind = 'answer' then
    update public.answers a set hidden = hide, hidden_reason = checked_reason
      where a.id = post returning a.id into found_id;
    update public.questions q set solved_answer_id = null
      where hide and q.solved_answer_id = post;
  end if;
  if found_id is null then
    perform app_private.fail('SK008', 'not_found', 'post');
  end if;
  perform app_private.audit(case when hide then 'post_hidden' else 'post_restored' end, post_kind,
    found_id, null, jsonb_build_object('reason', checked_reason, 'by', uid));
  return query select found_id, hide;
end
$$;

-- Helpers the reads use (security definer: they see past the column grants, for the caller only).
create or replace function app_private.is_my_post(kind text, post uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select case kind
    when 'question' then exists (select 1 from public.questions q where q.id = post and q.author = auth.uid())
    else exists (select 1 from public.answers a where a.id = post and a.author = auth.uid())
  end
$$;
create or replace function app_private.hidden_reason_for(kind text, post uuid) returns text
language sql stable security definer set search_path = ''
as $$
  select case when app_private.is_avz() or app_private.is_my_post(kind, post) then
    case kind
      when 'question' then (select q.hidden_reason from public.questions q where q.id = post)
      else (select a.hidden_reason from public.answers a where a.id = post)
    end
  end
$$;
create or replace function app_private.answer_votes(answer uuid) returns integer
language sql stable security definer set search_path = ''
as $$ select count(*)::integer from public.answer_votes v where v.answer_id = answer $$;
create or replace function app_private.my_vote(answer uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.answer_votes v where v.answer_id = answer and v.user_id = auth.uid()) $$;


-- Section - reads
/** Questions, newest first, optionally of one topic or province, with their answer count. */
create or replace function public.question_list(
  topic_filter text default null, province_filter text default null, max_rows integer default 50
)
returns table (
  id uuid, title text, topic text, province_code text, organisation_name text,
  created_at timestamptz, answers integer, solved boolean, hidden boolean
)
language sql stable
security invoker
set search_path = ''
as $$
  select q.id, q.title, q.topic, q.province_code, o.name, q.created_at,
    (select count(*) from public.answers a where a.question_id = q.id)::integer,
    q.solved_answer_id is not null, q.hidden
  from public.questions q
  join public.organisations o on o.id = q.organisation_id
  where (topic_filter is null or q.topic = topic_filter)
    and (province_filter is null or q.province_code = province_filter)
  order by q.created_at desc
  limit least(greatest(coalesce(max_rows, 50), 1), 200)
$$;

/** A question and its visible answers (hidden ones for their author and the AvZ), with votes. */
create or replace function public.question_thread(question uuid)
returns table (
  id uuid, title text, body text, topic text, province_code text, partnership_id uuid,
  partnership_name text, organisation_name text, created_at timestamptz, solved_answer_id uuid,
  hidden boolean, hidden_reason text, mine boolean, may_mark boolean, answers jsonb
)
language sql stable
security invoker
set search_path = ''
as $$
  select q.id, q.title, q.body, q.topic, q.province_code, q.partnership_id, p.name, o.name,
    q.created_at, q.solved_answer_id, q.hidden,
    (select app_private.hidden_reason_for('question', q.id)),
    (select app_private.is_my_post('question', q.id)),
    (select app_private.is_my_post('question', q.id)) or (select app_private.is_avz()),
    (select coalesce(jsonb_agg(jsonb_build_object(
        'id', a.id, 'body', a.body, 'organisation_name', ao.name, 'created_at', a.created_at,
        'hidden', a.hidden, 'votes', (select app_private.answer_votes(a.id)),
        'my_vote', (select app_private.my_vote(a.id)),
        'mine', (select app_private.is_my_post('answer', a.id))) order by a.created_at), '[]'::jsonb)
     from public.answers a join public.organisations ao on ao.id = a.organisation_id
     where a.question_id = q.id)
  from public.questions q
  join public.organisations o on o.id = q.organisation_id
  left join public.partnerships p on p.id = q.partnership_id
  where q.id = question
$$;

/**
 * Searches questions and answers with the Dutch configuration (stems: "werkbegeleiders" finds
 * "werkbegeleider"), best first, with the matching words marked («…») in a short excerpt.
 */
create or replace function public.search_knowledge(query text, max_rows integer default 20)
returns table (question_id uuid, title text, excerpt text, rank real, solved boolean)
language sql stable
security invoker
set search_path = ''
as $$
  with terms as (
    select websearch_to_tsquery('dutch', coalesce(query, '')) as q
  ), hits as (
    select q.id, q.title, q.title || '. ' || q.body as text, ts_rank(q.search, t.q) * 2 as rank,
      q.solved_answer_id is not null as solved
    from public.questions q, terms t where q.search @@ t.q
    union all
    select q.id, q.title, a.body, ts_rank(a.search, t.q), q.solved_answer_id is not null
    from public.answers a join public.questions q on q.id = a.question_id, terms t
    where a.search @@ t.q
  ), best as (
    select distinct on (h.id) h.* from hits h order by h.id, h.rank desc
  )
  select b.id, b.title,
    ts_headline('dutch', b.text, t.q,
      'StartSel=«, StopSel=», MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'),
    b.rank, b.solved
  from best b, terms t
  order by b.rank desc, b.title
  limit least(greatest(coalesce(max_rows, 20), 1), 100)
$$;

-- Section - grants
revoke all on all functions in schema app_private from public;
grant execute on function
  app_private.partnership_students(uuid),
  app_private.is_ambassador_for(text), app_private.coordinates(uuid),
  app_private.user_may_steer(uuid, uuid), app_private.may_steer(uuid), app_private.belongs_to(uuid),
  app_private.sees_members_part(uuid), app_private.may_manage(uuid),
  app_private.is_my_post(text, uuid), app_private.hidden_reason_for(text, uuid),
  app_private.answer_votes(uuid), app_private.my_vote(uuid)
to anon, authenticated;
grant execute on function public.question_list(text, text, integer) to anon, authenticated;
grant execute on function public.question_thread(uuid) to anon, authenticated;
grant execute on function public.search_knowledge(text, integer) to anon, authenticated;
grant execute on function public.ask_question(text, text, text, text, uuid) to authenticated;
grant execute on function public.answer_question(uuid, text) to authenticated;
grant execute on function public.mark_solved(uuid, uuid) to authenticated;
grant execute on function public.vote_answer(uuid, boolean) to authenticated;
grant execute on function public.report_post(text, uuid, text) to authenticated;
grant execute on function public.moderate_post(text, uuid, boolean, text) to authenticated;
