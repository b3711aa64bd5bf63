import { useMemo } from 'react';
import { useDirectory } from '../api/partnership-queries';
import { filterDirectory } from '../directory-filter';
import { useDimPartnerships } from '../hooks/use-dim-partnerships';
import { useDirectoryFilters } from '../hooks/use-directory-filters';

/** The map shows the filtered partnerships in front, the others in the background. */
export function DirectoryLayers() {
  const { data } = useDirectory();
  const { filters } = useDirectoryFilters();
  const all = useMemo(() => data?.map((p) => p.id), [data]);
  const keep = useMemo(
    () => (data ? new Set(filterDirectory(data, filters).map((p) => p.id)) : null),
    [data, filters],
  );
  useDimPartnerships(all, keep);
  return null;
}
