import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dataFrom, useConnectionProblem } from '../data/connection';
import { useDataContext } from '../data/data-context';

/** "14:03" today, "1 december 14:03" on another day. */
function whenText(at: number, language: string, now = new Date()): string {
  const date = new Date(at);
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString(locale, { day: 'numeric', month: 'long' })} ${time}`;
}

/**
 * Says when the backend cannot be reached (or the demo database could not start), while what
 * was on screen stays there, and from when that data is. Reads are retried meanwhile.
 */
export function ConnectionBanner() {
  const { t, i18n } = useTranslation();
  const { state, identity } = useDataContext();
  const queryClient = useQueryClient();
  const problem = useConnectionProblem(identity);
  const failedToStart = state.status === 'error';
  if (!problem && !failedToStart) return null;

  // A database that never started has failed no read: what is shown came with the page or from
  // the last visit.
  const from = problem?.dataFrom ?? (failedToStart ? dataFrom(queryClient, identity) : null);
  const time = from === null ? null : whenText(from, i18n.language);
  const message = failedToStart
    ? time
      ? t('connection.startFailed', { time })
      : t('connection.startFailedNoData')
    : time
      ? t('connection.offline', { time })
      : t('connection.offlineNoData');

  return (
    <div className="connection-banner" role="alert">
      <p>{message}</p>
      {failedToStart ? (
        <>
          <p className="muted">{t('connection.startFailedHint')}</p>
          <details>
            <summary>{t('data.errorDetail')}</summary>
            <code>{state.message}</code>
          </details>
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            {t('data.retry')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => void queryClient.refetchQueries({ queryKey: ['db'], type: 'active' })}
        >
          {t('connection.retry')}
        </button>
      )}
    </div>
  );
}
