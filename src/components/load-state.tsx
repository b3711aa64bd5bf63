import { useTranslation } from 'react-i18next';
import { errorMessageKey, isUnavailable } from '../data/errors';

/** The part of a query result a view needs to say where its data is. */
export interface Loadable {
  data: unknown;
  error: unknown;
  refetch: () => unknown;
}

/**
 * What a view shows until its data is there: "laden…", or — when a read failed for good (after
 * its retries) — what went wrong and a button to try again. Never "laden…" forever. Renders
 * nothing once every query has data.
 */
export function LoadState({
  queries,
  loading,
}: {
  queries: readonly Loadable[];
  /** Defaults to "Gegevens worden geladen…". */
  loading?: string;
}) {
  const { t } = useTranslation();
  const missing = queries.filter((q) => q.data === undefined);
  if (!missing.length) return null;
  const failed = missing.filter((q) => q.error);
  if (!failed.length) return <p role="status">{loading ?? t('network.loading')}</p>;
  const [first] = failed;
  return (
    <div className="load-error" role="alert">
      <p>
        {isUnavailable(first!.error)
          ? t('connection.loadFailed')
          : t(errorMessageKey(first!.error))}
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          for (const query of failed) void query.refetch();
        }}
      >
        {t('connection.retry')}
      </button>
    </div>
  );
}
