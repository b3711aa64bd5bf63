-- The knowledge network: members ask and answer, the asker (or the AvZ) marks the answer that
-- solved it, one vote per person, reports and moderation by the AvZ, hidden posts visible only
-- to their author and the AvZ, and Dutch full-text search that finds inflected words.
begin;
select plan(22);
select tests.create_fixture();

create or replace function pg_temp.as_user(who text) returns void
language sql as $$ select tests.authenticate_as(tests.claims(tests.id('user', who))) $$;
create temporary table asked (id uuid) on commit drop;
create temporary table answered (id uuid) on commit drop;
grant select, insert on asked, answered to anon, authenticated;

-- Section - asking and answering
select tests.authenticate_as_anon();
select is(tests.error_of($$ select * from public.ask_question('Een vraag van niemand', 'Tekst', 'overig') $$),
  '42501 permission denied for function ask_question', 'a visitor cannot ask');
select tests.clear_authentication();
select pg_temp.as_user('a');
select is(tests.error_of($$ select * from public.ask_question('Kort', 'Tekst', 'overig') $$),
  'SK006 invalid_input title', 'a title under 5 characters is refused');
select is(tests.error_of($$ select * from public.ask_question('Een vraag zonder onderwerp', 'Tekst', 'weer') $$),
  'SK006 invalid_input topic', 'the topic is one of the six');
insert into asked select question_id from public.ask_question(
  'Hoe vinden we een werkbegeleider?', E'Wij zoeken iemand die de groep begeleidt.\nWie heeft tips?', 'praktijk', 'PV26');
select isnt_empty('select 1 from asked', 'a member asks a question');

select tests.clear_authentication();
select pg_temp.as_user('b');
insert into answered select answer_id from public.answer_question((select id from asked), 'Vraag het aan de werkbegeleiders van een zorgboerderij in de buurt.');
select isnt_empty('select 1 from answered', 'another member answers');
select tests.clear_authentication();
select is((select count(*)::integer from public.notifications where recipient_org_id = tests.id('org', 'a') and kind = 'new_answer'),
  1, 'the asker''s organisation is notified of the answer');

-- Section - solved and votes
select pg_temp.as_user('b');
select is(tests.error_of('select * from public.mark_solved((select id from asked), (select id from answered))'),
  'SK005 not_allowed', 'only the asker (or the AvZ) marks what solved it');
select lives_ok('select * from public.vote_answer((select id from answered), true)',
  'the answerer may vote too (the interface hides it for one''s own answer)');
select tests.clear_authentication();
select pg_temp.as_user('a');
select lives_ok('select * from public.mark_solved((select id from asked), (select id from answered))',
  'the asker marks the answer that solved it');
select results_eq('select votes from public.vote_answer((select id from answered), true)', $$ values (2) $$,
  'an upvote counts');
select results_eq('select votes from public.vote_answer((select id from answered), true)', $$ values (2) $$,
  'a second upvote by the same person does not');
select results_eq('select votes from public.vote_answer((select id from answered), false)', $$ values (1) $$,
  'and the vote can be taken back');

-- Section - search
select tests.authenticate_as_anon();
select results_eq($$ select title from public.search_knowledge('werkbegeleiders') where question_id = (select id from asked) $$,
  $$ values ('Hoe vinden we een werkbegeleider?') $$, '"werkbegeleiders" finds the question about a "werkbegeleider"');
select results_eq($$ select count(*)::integer from public.search_knowledge('zorgboerderijen') where question_id = (select id from asked) $$,
  $$ values (1) $$, 'an inflected word in an answer finds its question too');
select ok((select excerpt from public.search_knowledge('werkbegeleiders') where question_id = (select id from asked)) like '%«werkbegeleider»%',
  'the matching word is marked in the excerpt');
select is_empty($$ select 1 from public.search_knowledge('Fixture vraag') where question_id = tests.id('question', 'a') $$,
  'a hidden question is not found by a visitor');

-- Section - reports and moderation
select tests.clear_authentication();
select pg_temp.as_user('b');
select lives_ok('select * from public.report_post(''answer'', (select id from answered), ''Dit is reclame.'')',
  'a member reports an answer');
select is(tests.error_of('select * from public.moderate_post(''answer'', (select id from answered), true, ''Reclame'')'),
  'SK005 not_allowed', 'only the AvZ hides a post');
select tests.clear_authentication();
select pg_temp.as_user('z');
select lives_ok('select * from public.moderate_post(''answer'', (select id from answered), true, ''Reclame, na melding'')',
  'the AvZ hides it with a reason');
select tests.clear_authentication();
select is((select solved_answer_id from public.questions where id = (select id from asked)), null,
  'a hidden answer no longer counts as the solution');
select ok(exists (select 1 from public.audit_log where action = 'post_hidden' and entity_id = (select id from answered)),
  'the moderation is in the audit trail');
select pg_temp.as_user('c');
select results_eq($$ select jsonb_array_length(answers) from public.question_thread((select id from asked)) $$,
  $$ values (0) $$, 'another member no longer sees the hidden answer');

select * from finish();
rollback;
