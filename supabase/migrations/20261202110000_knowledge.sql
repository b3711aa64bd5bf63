-- Kennis: the information pack. Pages in Markdown, public to read, written by the AvZ through two
-- checked functions; every save keeps a version (who, when, what) and an earlier version can be
-- restored (as a new version, so nothing is lost).

-- Section - tables
/** A page of the information pack. version counts saves, so two editors cannot overwrite. */
create table public.info_pages (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
  title text not null check (char_length(btrim(title)) between 3 and 120),
  body text not null check (char_length(body) between 1 and 20000),
  position integer not null default 100,
  version integer not null default 1 check (version >= 1),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null
);
alter table public.info_pages enable row level security;

/** Every saved state of a page; restored_from names the version a restore copied. */
create table public.info_page_versions (
  page_id uuid not null references public.info_pages (id) on delete cascade,
  version integer not null check (version >= 1),
  title text not null,
  body text not null,
  created_at timestamptz not null default now(),
  created_by uuid references auth.users (id) on delete set null,
  restored_from integer,
  primary key (page_id, version)
);
alter table public.info_page_versions enable row level security;

grant select on public.info_pages to anon, authenticated;
revoke all on public.info_page_versions from anon;
grant select on public.info_page_versions to authenticated;
create policy "Anyone can read the information pack" on public.info_pages
  for select to anon, authenticated using (true);
create policy "The AvZ reads the page history" on public.info_page_versions
  for select to authenticated using ((select app_private.is_avz()));

-- Section - reads
/** The pages in reading order, without their text. */
create or replace function public.info_page_list()
returns table (slug text, title text, page_position integer, updated_at timestamptz)
language sql stable
security invoker
set search_path = ''
as $$
  select p.slug, p.title, p.position, p.updated_at from public.info_pages p
  order by p.position, p.title
$$;

/** One page by its slug. */
create or replace function public.info_page(page_slug text)
returns table (id uuid, slug text, title text, body text, version integer, updated_at timestamptz)
language sql stable
security invoker
set search_path = ''
as $$
  select p.id, p.slug, p.title, p.body, p.version, p.updated_at
  from public.info_pages p where p.slug = page_slug
$$;

/** A page's history, newest first, with who saved each version (the AvZ only; others get none). */
create or replace function public.info_page_history(page uuid)
returns table (version integer, title text, body text, created_at timestamptz, author text,
               restored_from integer)
language sql stable
security definer
set search_path = ''
as $$
  select v.version, v.title, v.body, v.created_at, coalesce(pr.display_name, ''), v.restored_from
  from public.info_page_versions v
  left join public.profiles pr on pr.user_id = v.created_by
  where v.page_id = page and app_private.is_avz()
  order by v.version desc
$$;

-- Section - writes
/** The AvZ only (SK005 otherwise). */
create or replace function app_private.require_avz() returns uuid
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  uid uuid := app_private.require_user();
begin
  if not app_private.is_avz() then
    perform app_private.fail('SK005', 'not_allowed');
  end if;
  return uid;
end
$$;

/**
 * Saves a page (a new one when page is null, with its slug) as a new version. base_version is
 * the version the editor started from: when someone saved in between, SK006 stale_version, and
 * nothing is overwritten.
 */
create or replace function public.save_info_page(
  page uuid,
  title text,
  body text,
  base_version integer default null,
  slug text default null
)
returns table (page_id uuid, version integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  checked_title text := app_private.checked_text(title, 'title', 3, 120);
  checked_body text := app_private.checked_text(body, 'body', 1, 20000, multiline => true);
  current_row public.info_pages;
  next_version integer;
begin
  if page is null then
    if slug is null or slug !~ '^[a-z0-9]+(-[a-z0-9]+)*$' or char_length(slug) > 80 then
      perform app_private.fail('SK006', 'invalid_input', 'slug');
    end if;
    if exists (select 1 from public.info_pages p where p.slug = save_info_page.slug) then
      perform app_private.fail('SK006', 'invalid_input', 'slug_taken');
    end if;
    insert into public.info_pages (slug, title, body, updated_by)
    values (slug, checked_title, checked_body, uid)
    returning * into current_row;
    next_version := 1;
  else
    select * into current_row from public.info_pages p where p.id = page for update;
    if current_row.id is null then
      perform app_private.fail('SK008', 'not_found', 'page');
    end if;
    if base_version is distinct from current_row.version then
      perform app_private.fail('SK006', 'invalid_input', 'stale_version');
    end if;
    next_version := current_row.version + 1;
    update public.info_pages p
      set title = checked_title, body = checked_body, version = next_version,
          updated_at = now(), updated_by = uid
      where p.id = current_row.id;
  end if;
  insert into public.info_page_versions (page_id, version, title, body, created_by)
  values (current_row.id, next_version, checked_title, checked_body, uid);
  perform app_private.audit('info_page_saved', 'info_page', current_row.id, null,
    jsonb_build_object('version', next_version, 'title', checked_title));
  return query select current_row.id, next_version;
end
$$;

/** Restores an earlier version as a new version (the history keeps everything). */
create or replace function public.restore_info_page(page uuid, version integer)
returns table (page_id uuid, new_version integer)
language plpgsql
security definer
set search_path = ''
as $$
#variable_conflict use_variable
declare
  uid uuid := app_private.require_avz();
  current_row public.info_pages;
  earlier public.info_page_versions;
begin
  select * into current_row from public.info_pages p where p.id = page for update;
  if current_row.id is null then
    perform app_private.fail('SK008', 'not_found', 'page');
  end if;
  select * into earlier from public.info_page_versions v
  where v.page_id = current_row.id and v.version = restore_info_page.version;
  if earlier.page_id is null then
    perform app_private.fail('SK006', 'invalid_input', 'version');
  end if;
  update public.info_pages p
    set title = earlier.title, body = earlier.body, version = current_row.version + 1,
        updated_at = now(), updated_by = uid
    where p.id = current_row.id;
  insert into public.info_page_versions (page_id, version, title, body, created_by, restored_from)
  values (current_row.id, current_row.version + 1, earlier.title, earlier.body, uid, earlier.version);
  perform app_private.audit('info_page_restored', 'info_page', current_row.id, null,
    jsonb_build_object('version', current_row.version + 1, 'from', earlier.version));
  return query select current_row.id, current_row.version + 1;
end
$$;

-- Section - grants
grant execute on function public.info_page_list() to anon, authenticated;
grant execute on function public.info_page(text) to anon, authenticated;
grant execute on function public.info_page_history(uuid) to authenticated;
grant execute on function public.save_info_page(uuid, text, text, integer, text) to authenticated;
grant execute on function public.restore_info_page(uuid, integer) to authenticated;
