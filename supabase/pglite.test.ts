import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchemaSql } from './sql-files';

// The same bootstrap and migrations as the pgTAP suite, in the embedded database the browser uses.
let db: PGlite;

beforeAll(async () => {
  db = new PGlite();
  for (const file of readSchemaSql()) {
    try {
      await db.exec(file.sql);
    } catch (error) {
      throw new Error(`${file.name} failed in PGlite: ${String(error)}`);
    }
  }
});

afterAll(async () => {
  await db.close();
});

/** One persona-scoped request, as the embedded adapter runs it: one transaction, local role. */
async function asRole<T>(role: 'anon' | 'authenticated', sql: string): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.exec(`set local role ${role}`);
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ role })]);
    return (await tx.query<T>(sql)).rows;
  });
}

describe('schema in PGlite', () => {
  it('applies every migration and switches row-level security on for every table', async () => {
    const { rows } = await db.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(rows).toEqual([]);
  });

  it('lets a visitor read the 12 provinces', async () => {
    const rows = await asRole<{ code: string; name: string }>(
      'anon',
      'select code, name from public.provinces order by code',
    );
    expect(rows).toHaveLength(12);
    expect(rows[1]).toEqual({ code: 'PV21', name: 'Fryslân' });
  });

  it('refuses writes to provinces from visitors and signed-in users', async () => {
    for (const role of ['anon', 'authenticated'] as const) {
      await expect(
        asRole(role, `insert into public.provinces (code, name) values ('PV20', 'Dubbel')`),
      ).rejects.toThrow(/row-level security|permission denied/);
    }
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from public.provinces',
    );
    expect(rows[0]?.n).toBe(12);
  });

  it('reads JWT claims through auth.uid() like Supabase does', async () => {
    const rows = await db.transaction(async (tx) => {
      await tx.exec('set local role authenticated');
      await tx.query(`select set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: '00000000-0000-4000-8000-000000000042', role: 'authenticated' }),
      ]);
      return (await tx.query<{ uid: string }>('select auth.uid() as uid')).rows;
    });
    expect(rows[0]?.uid).toBe('00000000-0000-4000-8000-000000000042');
  });
});
