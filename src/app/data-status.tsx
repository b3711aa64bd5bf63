import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../data/data-context';
import { queryKeys } from '../lib/query-keys';

/**
 * Says what the database is doing (a failure is the connection banner's to tell). While it
 * starts with data already on screen (the start views' snapshot, or what an earlier visit kept),
 * a small "bijwerken…" says that data is being brought up to date.
 */
export function DataStatus() {
  const { t } = useTranslation();
  const { state, identity } = useDataContext();
  const queryClient = useQueryClient();
  if (state.status === 'starting') {
    const shown = queryClient.getQueryData(queryKeys.db.partnerships(identity)) !== undefined;
    return (
      <p className={shown ? 'data-status updating' : 'data-status'} role="status">
        {state.elsewhere
          ? t('data.otherTab')
          : shown
            ? t('data.updating')
            : t(state.backend === 'embedded' ? 'data.starting' : 'data.startingSupabase')}
      </p>
    );
  }
  return null;
}

/** Embedded demo only: start again from the seed. */
export function ResetDemoData() {
  const { t } = useTranslation();
  const { state, resetDemoData } = useDataContext();
  if (state.backend !== 'embedded') return null;
  return (
    <footer className="demo-footer">
      <p className="muted">{t('data.embeddedNote')}</p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          if (window.confirm(t('data.resetConfirm'))) void resetDemoData();
        }}
      >
        {t('data.reset')}
      </button>
    </footer>
  );
}
