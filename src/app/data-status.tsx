import { useTranslation } from 'react-i18next';
import { useDataContext } from '../data/data-context';

/** Says what the database is doing; never an endless spinner: a failure says why. */
export function DataStatus() {
  const { t } = useTranslation();
  const { state } = useDataContext();
  if (state.status === 'starting') {
    return (
      <p className="data-status" role="status">
        {t(state.backend === 'embedded' ? 'data.starting' : 'data.startingSupabase')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="data-status data-error" role="alert">
        <p>{t('data.error')}</p>
        <details>
          <summary>{t('data.errorDetail')}</summary>
          <code>{state.message}</code>
        </details>
        <button type="button" className="secondary" onClick={() => window.location.reload()}>
          {t('data.retry')}
        </button>
      </div>
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
