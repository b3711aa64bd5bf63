import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The Supabase compatibility bootstrap, then every migration in timestamp order (Node side). */
export function readSchemaSql(): { name: string; sql: string }[] {
  const migrations = readdirSync(join(here, 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return [
    {
      name: 'bootstrap/supabase-compat.sql',
      sql: readFileSync(join(here, 'bootstrap', 'supabase-compat.sql'), 'utf8'),
    },
    ...migrations.map((f) => ({
      name: `migrations/${f}`,
      sql: readFileSync(join(here, 'migrations', f), 'utf8'),
    })),
  ];
}
