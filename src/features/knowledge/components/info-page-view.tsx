import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useIdentity } from '../../../data/queries/identity';
import { formatDay } from '../../../lib/dates';
import { usePanelFocus } from '../../../lib/use-panel-focus';
import { useInfoPage } from '../api/info-queries';
import { InfoPageEditor } from './info-page-editor';
import { MarkdownText } from './markdown-text';
import { VersionHistory } from './version-history';

/** One page of the information pack; the AvZ edits it here and sees its history. */
export function InfoPageView() {
  const { t, i18n } = useTranslation();
  const { slug } = useParams({ from: '/kennis/$slug' });
  const query = useInfoPage(slug);
  const { data: identity } = useIdentity();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const page = query.data;
  const { heading } = usePanelFocus<HTMLHeadingElement>(page ? page.slug : null, !!page);
  const isAvz = identity?.role === 'avz_coordinator';
  const back = (
    <p className="no-print">
      <Link to="/kennis" search={{}}>
        {t('kennis.back')}
      </Link>
    </p>
  );
  if (page === undefined) return <LoadState queries={[query]} />;
  if (page === null)
    return (
      <>
        <p role="alert">{t('kennis.notFound')}</p>
        {back}
      </>
    );

  return (
    <article aria-labelledby="info-page-heading" className="info-page">
      {back}
      <h2 id="info-page-heading" ref={heading} tabIndex={-1}>
        {page.title}
      </h2>
      <p className="hint">
        {t('kennis.updated', { day: formatDay(page.updated_at, i18n.language) })}
      </p>
      {saved ? <p role="status">{saved}</p> : null}
      {editing ? (
        <InfoPageEditor
          page={page}
          onSaved={(version) => {
            setEditing(false);
            setSaved(t('kennis.savedAs', { version }));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <MarkdownText>{page.body}</MarkdownText>
      )}
      <div className="card-actions no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('kennis.print')}
        </button>
        {isAvz && !editing ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            {t('kennis.edit')}
          </button>
        ) : null}
      </div>
      {isAvz ? (
        <VersionHistory
          pageId={page.id}
          current={page.version}
          onRestored={(version) => {
            setEditing(false);
            setSaved(t('kennis.restoredAs', { version }));
          }}
        />
      ) : null}
    </article>
  );
}
