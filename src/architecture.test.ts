import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import boundaries of docs/architecture.md hold whichever way a path is written. */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('boundaries/'))
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps journeys apart, also through a path that walks up to src/', async () => {
    const file = 'src/features/find-cohort/components/probe.ts';
    expect(
      await boundaryErrors(
        file,
        "export { AmbassadorPanel } from '../../ambassador/components/ambassador-panel';\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "export { AmbassadorPanel } from '../../../features/ambassador/components/ambassador-panel';\n",
      ),
    ).toHaveLength(1);
    expect(await boundaryErrors(file, "export { useMatch } from '../hooks/use-match';\n")).toEqual(
      [],
    );
  });

  it('lets no journey, map or domain code reach a data adapter', async () => {
    const persona = "export { usePersonaStore } from '../../../data/embedded/persona-store';\n";
    expect(
      await boundaryErrors('src/features/ambassador/components/probe.ts', persona),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/data/queries/probe.ts',
        "export { usePersonaStore } from '../embedded/persona-store';\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        'src/features/network/components/probe.ts',
        "export { useIdentity } from '../../../data/queries/identity';\n",
      ),
    ).toEqual([]);
  });

  it('keeps the map and the domain free of journeys and React-side data', async () => {
    expect(
      await boundaryErrors(
        'src/map/probe.ts',
        "export { ReachLayers } from '../features/find-cohort/components/reach-layers';\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors('src/domain/probe.ts', "export { useMap } from '../map/map-context';\n"),
    ).toHaveLength(1);
  });
});
