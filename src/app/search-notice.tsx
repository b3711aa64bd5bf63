import { useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedParams, parseSearch } from '../lib/search-params';

// The router writes the checked search back into the address bar at once, so what the link said
// is read before it starts.
const openedWith = typeof window === 'undefined' ? {} : parseSearch(window.location.search);

/**
 * A shared link with a value that did not fit says so, instead of quietly showing defaults;
 * until the person changes something on the page.
 */
export function SearchNotice() {
  const { t } = useTranslation();
  const location = useRouterState({ select: (s) => s.location.href });
  const search = useRouterState({
    select: (s) => s.matches[s.matches.length - 1]?.search as Record<string, unknown> | undefined,
  });
  const [opened] = useState(location);
  if (location !== opened || !search) return null;
  const dropped = droppedParams(openedWith, search).join(', ');
  if (!dropped) return null;
  return (
    <p className="hint search-notice" role="status">
      {t('app.searchDropped', { params: dropped })}
    </p>
  );
}
