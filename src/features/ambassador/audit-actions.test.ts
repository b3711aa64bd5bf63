import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/journeys.json';
import nl from '../../locales/nl/journeys.json';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './audit-actions';

const migrations = join(__dirname, '..', '..', '..', 'supabase', 'migrations');
const sql = readdirSync(migrations)
  .filter((file) => file.endsWith('.sql'))
  .map((file) => readFileSync(join(migrations, file), 'utf8'))
  .join('\n');

/** Every audit call's action (a literal or each branch of a case) and its entity. */
function auditCalls(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const call = /app_private\.audit\(\s*('[a-z_]+'|case\b[\s\S]*?\bend)\s*,\s*('[a-z_]+'|\w+)/g;
  for (const [, action, entity] of sql.matchAll(call)) {
    for (const [, name] of action!.matchAll(/'([a-z_]+)'/g)) actions.add(name!);
    if (entity!.startsWith("'")) entities.add(entity!.slice(1, -1));
  }
  return { actions, entities };
}

describe('the audit log in words', () => {
  const { actions, entities } = auditCalls();

  it('finds the audit calls in the migrations', () => {
    expect(actions.size).toBeGreaterThan(40);
    expect(actions).toContain('reopened');
    expect(actions).toContain('coordination_declined');
  });

  it('names every action the database records, in Dutch and English', () => {
    for (const action of actions) {
      expect(AUDIT_ACTIONS, action).toContain(action);
      expect(nl.ambassador, action).toHaveProperty(`action_${action}`);
      expect(en.ambassador, action).toHaveProperty(`action_${action}`);
    }
  });

  it('names what each entry is about when no partnership is', () => {
    for (const entity of entities) {
      expect(AUDIT_ENTITIES, entity).toContain(entity);
      expect(nl.ambassador, entity).toHaveProperty(`entity_${entity}`);
      expect(en.ambassador, entity).toHaveProperty(`entity_${entity}`);
    }
  });
});
