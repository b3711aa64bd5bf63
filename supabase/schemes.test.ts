import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedTransport } from '../src/data/embedded/embedded-call';
import { personaClaims } from '../src/data/embedded/personas';
import { DataError } from '../src/data/errors';
import { createDataPort } from '../src/data/port';
import { factsOf } from '../src/data/workspace-facts';
import { evaluateRules, SCHEME_RULES } from '../src/domain/schemes/rules';
import { createEmbeddedDatabase } from './embedded-db';

// The scheme rules live twice — in src/domain/schemes for the page, in the database for the
// guard on every status change — and must say the same thing about every partnership.
let db: PGlite;
const port = (persona: 'avz' | 'bezoeker' | 'regiehouder') =>
  createDataPort(embeddedTransport(db, () => personaClaims(persona)));

beforeAll(async () => {
  db = await createEmbeddedDatabase();
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('the scheme rules in the browser and in the database', () => {
  it('are the same table', async () => {
    const rows = await port('bezoeker').schemeRuleTable();
    const fromDomain = Object.entries(SCHEME_RULES).flatMap(([scheme, rules]) =>
      rules.map((r) => ({
        scheme,
        rule_id: r.id,
        kind: r.kind,
        gate: r.gate,
        min_value: r.min ?? null,
        item: r.item ?? null,
      })),
    );
    expect(rows).toEqual(fromDomain);
  });

  it('judge every demo partnership alike', async () => {
    const avz = port('avz');
    const directory = await avz.partnershipDirectory();
    expect(directory).toHaveLength(25);
    for (const entry of directory) {
      const [page, workspace] = await Promise.all([
        avz.partnershipPage(entry.id),
        avz.partnershipWorkspace(entry.id),
      ]);
      const outcomes = evaluateRules(factsOf(page!, workspace!));
      expect(
        outcomes.map((o) => [o.rule.id, o.passed, o.have, o.need]),
        entry.name,
      ).toEqual(workspace!.rules.map((r) => [r.rule_id, r.passed, r.have, r.need]));
      expect(entry.rules_passed).toBe(outcomes.filter((o) => o.passed).length);
    }
  });
});

describe('the status guard through the data port', () => {
  it('refuses a TOP partnership with three sectors, naming the rule', async () => {
    const avz = port('avz');
    const top = (await avz.partnershipDirectory()).find(
      (p) => p.scheme === 'top' && p.status === 'forming',
    )!;
    const error = await avz
      .setPartnershipStatus({ partnership: top.id, status: 'active' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: 'rules_failed', detail: 'sectors' });
  });

  it('keeps the members part from a visitor', async () => {
    const [first] = await port('bezoeker').partnershipDirectory();
    expect(first).toMatchObject({ involved: false, rules_passed: null });
    expect(await port('bezoeker').partnershipWorkspace(first!.id)).toBeNull();
  });
});
