import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DATABASE_TYPES_PATH, databaseTypesSource } from './database-types';

it('src/data/database.types.ts is what the migrations produce (run `npm run db:types`)', async () => {
  expect(readFileSync(DATABASE_TYPES_PATH, 'utf8')).toBe(await databaseTypesSource());
}, 60_000);
