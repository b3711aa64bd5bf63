// `npm run db:types`: regenerates src/data/database.types.ts from the migrations.
import { writeFileSync } from 'node:fs';
import { DATABASE_TYPES_PATH, databaseTypesSource } from './database-types';

writeFileSync(DATABASE_TYPES_PATH, await databaseTypesSource());
console.log(`wrote ${DATABASE_TYPES_PATH}`);
