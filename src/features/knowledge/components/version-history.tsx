import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import { useInfoPageHistory, useRestoreInfoPage } from '../api/info-queries';

/** Who changed the page when; an earlier version comes back as a new one. */
export function VersionHistory({
  pageId,
  current,
  onRestored,
}: {
  pageId: string;
  current: number;
  onRestored: (version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const history = useInfoPageHistory(pageId, true);
  const restore = useRestoreInfoPage();
  const [target, setTarget] = useState<number | null>(null);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'long',
      timeStyle: 'short',
    });
  if (!history.data?.length) return null;
  return (
    <section aria-labelledby="history-heading" className="no-print">
      <h3 id="history-heading">{t('kennis.historyHeading')}</h3>
      <ol className="plain-list history">
        {history.data.map((v) => (
          <li key={v.version}>
            <strong>{t('kennis.version', { version: v.version })}</strong> · {when(v.created_at)}
            {v.author ? ` · ${v.author}` : ''}
            {v.restored_from ? ` · ${t('kennis.restoredFrom', { version: v.restored_from })}` : ''}
            {v.version === current ? (
              ` · ${t('kennis.current')}`
            ) : (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button"
                  aria-disabled={restore.isPending || undefined}
                  onClick={() => {
                    if (restore.isPending) return;
                    setTarget(v.version);
                    restore.mutate(
                      { page: pageId, version: v.version },
                      {
                        onSuccess: (row) =>
                          onRestored((row as { new_version: number }).new_version),
                      },
                    );
                  }}
                >
                  {t('kennis.restore', { version: v.version })}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {restore.error && target !== null ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(restore.error))}
        </p>
      ) : null}
    </section>
  );
}
