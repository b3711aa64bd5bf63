import { useEffect } from 'react';
import { PARTNERSHIP_SOURCE_ID } from '../../../map/layers/network';
import { useMap } from '../../../map/map-context';
import { useSourceReady } from '../../../map/use-source-ready';

/**
 * Puts every partnership point not in `keep` in the background (feature state `dim`); undone
 * when `keep` changes or the view closes. `keep` null dims nothing.
 */
export function useDimPartnerships(
  all: readonly string[] | undefined,
  keep: ReadonlySet<string> | null,
) {
  const map = useMap();
  const onMap = useSourceReady(map, PARTNERSHIP_SOURCE_ID);
  useEffect(() => {
    if (!map || !onMap || !all || !keep) return;
    const targets = all.map((id) => ({ source: PARTNERSHIP_SOURCE_ID, id }));
    for (const target of targets) map.setFeatureState(target, { dim: !keep.has(target.id) });
    return () => {
      if (!map.style || !map.getSource(PARTNERSHIP_SOURCE_ID)) return;
      for (const target of targets) map.setFeatureState(target, { dim: false });
    };
  }, [map, onMap, all, keep]);
}
