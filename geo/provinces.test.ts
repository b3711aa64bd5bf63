import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const committed = join(import.meta.dirname, '..', 'public', 'geo', 'provinces.geojson');
const committedSql = join(
  import.meta.dirname,
  '..',
  'supabase',
  'migrations',
  '20261123155000_province_shapes.sql',
);
const validate = (file: string) =>
  spawnSync(process.execPath, [join(import.meta.dirname, 'validate.mjs'), file], {
    encoding: 'utf8',
  });

describe('geo build', () => {
  it('reproduces the committed GeoJSON and province-shapes migration byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenkaart-geo-'));
    const [out, sql] = [join(dir, 'provinces.geojson'), join(dir, 'shapes.sql')];
    execFileSync(process.execPath, [join(import.meta.dirname, 'build.mjs'), out, sql]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    expect(readFileSync(sql, 'utf8')).toBe(readFileSync(committedSql, 'utf8'));
  });

  it('passes validation: 12 provinces, valid rings, cities in the right province', () => {
    const result = validate(committed);
    expect(result.stdout).toContain('all province checks passed');
    expect(result.status).toBe(0);
  });

  it('rejects a file where a province label point has drifted out of its province', () => {
    const fc = JSON.parse(readFileSync(committed, 'utf8'));
    const utrecht = fc.features.find((f: { id: string }) => f.id === 'PV26');
    utrecht.properties.label = [4.48, 51.92]; // Rotterdam
    const broken = join(mkdtempSync(join(tmpdir(), 'samenkaart-geo-')), 'broken.geojson');
    writeFileSync(broken, JSON.stringify(fc));
    const result = validate(broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('FAIL  PV26: label point inside');
  });

  it('rejects a file with a province missing', () => {
    const fc = JSON.parse(readFileSync(committed, 'utf8'));
    fc.features = fc.features.filter((f: { id: string }) => f.id !== 'PV31');
    const broken = join(mkdtempSync(join(tmpdir(), 'samenkaart-geo-')), 'broken.geojson');
    writeFileSync(broken, JSON.stringify(fc));
    const result = validate(broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAIL {2}has 12 features/);
  });
});
