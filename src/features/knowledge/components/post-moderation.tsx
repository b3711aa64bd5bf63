import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from '../../../components/reason-form';
import { errorMessageKey } from '../../../data/errors';
import { useModeratePost, useReportPost } from '../api/question-queries';

/** "Melden" for anyone signed in; hide or restore (with a reason) for the AvZ. */
export function PostModeration({
  kind,
  postId,
  hidden,
  isAvz,
  title,
}: {
  kind: 'question' | 'answer';
  postId: string;
  hidden: boolean;
  isAvz: boolean;
  title: string;
}) {
  const { t } = useTranslation();
  const report = useReportPost();
  const moderate = useModeratePost();
  const [open, setOpen] = useState<'report' | 'moderate' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const error = report.error ?? moderate.error;
  return (
    <div className="post-moderation">
      {done ? <p role="status">{done}</p> : null}
      {open === 'report' ? (
        <ReasonForm
          label={t('vragen.reportReason', { title })}
          submit={t('vragen.reportSubmit')}
          busy={report.isPending}
          max={500}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) =>
            report.mutate(
              { post_kind: kind, post: postId, reason },
              {
                onSuccess: () => {
                  setOpen(null);
                  setDone(t('vragen.reported'));
                },
              },
            )
          }
        />
      ) : open === 'moderate' ? (
        <ReasonForm
          label={t(hidden ? 'vragen.restoreReason' : 'vragen.hideReason', { title })}
          submit={t(hidden ? 'vragen.restoreSubmit' : 'vragen.hideSubmit')}
          busy={moderate.isPending}
          max={500}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) =>
            moderate.mutate(
              { post_kind: kind, post: postId, hide: !hidden, reason },
              {
                onSuccess: () => {
                  setOpen(null);
                  setDone(t(hidden ? 'vragen.restored' : 'vragen.hidden'));
                },
              },
            )
          }
        />
      ) : (
        <div className="card-actions">
          <button type="button" className="link-button" onClick={() => setOpen('report')}>
            {t('vragen.report', { title })}
          </button>
          {isAvz ? (
            <button type="button" className="link-button" onClick={() => setOpen('moderate')}>
              {t(hidden ? 'vragen.restore' : 'vragen.hide', { title })}
            </button>
          ) : null}
        </div>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </div>
  );
}
