import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { DirectorySearch } from '../../../lib/search-params';
import type { DirectoryFilters } from '../directory-filter';

const toFilters = (search: DirectorySearch): DirectoryFilters => ({
  opleiding: search.opleiding ?? null,
  status: search.status ?? null,
  scheme: search.regeling ?? null,
  province: search.provincie ?? null,
  name: search.naam ?? '',
});

/** The directory's filters, in the URL so a filtered list can be shared. */
export function useDirectoryFilters() {
  const search = useSearch({ from: '/verbanden' });
  const navigate = useNavigate({ from: '/verbanden' });
  return useMemo(
    () => ({
      filters: toFilters(search),
      update: (changes: Partial<DirectoryFilters>) =>
        void navigate({
          search: (prev) => ({
            ...prev,
            ...('opleiding' in changes ? { opleiding: changes.opleiding ?? undefined } : {}),
            ...('status' in changes ? { status: changes.status ?? undefined } : {}),
            ...('scheme' in changes ? { regeling: changes.scheme ?? undefined } : {}),
            ...('province' in changes ? { provincie: changes.province ?? undefined } : {}),
            ...('name' in changes ? { naam: changes.name || undefined } : {}),
          }),
          replace: true,
        }),
    }),
    [search, navigate],
  );
}
