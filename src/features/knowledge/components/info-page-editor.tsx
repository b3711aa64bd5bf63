import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { errorMessageKey } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { InfoPageRow } from '../../../data/schemas';
import { characterCount, hasHiddenCharacters, trimmed } from '../../../domain/text';
import { useSaveInfoPage } from '../api/info-queries';
import { MarkdownText } from './markdown-text';

type Problem = 'title' | 'body';

/**
 * The AvZ edits a page in Markdown with a live preview. Saving makes a new version; when
 * someone else saved in between the save is refused and the text stays here.
 */
export function InfoPageEditor({
  page,
  onSaved,
  onCancel,
}: {
  page: InfoPageRow;
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveInfoPage();
  const [title, setTitle] = useState(page.title);
  const [body, setBody] = useState(page.body);
  const [problems, setProblems] = useState<Problem[]>([]);
  const label = useWriteLabel(
    save.isPending,
    t('kennis.saving'),
    t('kennis.save'),
    t('kennis.dbStarting'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Problem[] = [];
    const cleanTitle = trimmed(title);
    if (
      characterCount(cleanTitle) < 3 ||
      characterCount(cleanTitle) > 120 ||
      hasHiddenCharacters(cleanTitle)
    )
      next.push('title');
    if (!body.trim() || characterCount(body) > 20000 || hasHiddenCharacters(body, true))
      next.push('body');
    setProblems(next);
    if (next.length || save.isPending) return;
    save.mutate(
      { page: page.id, title: cleanTitle, body, base_version: page.version },
      { onSuccess: (row) => onSaved((row as { version: number }).version) },
    );
  };
  const error = (problem: Problem) => problems.includes(problem) && t(`kennis.error_${problem}`);

  return (
    <form className="info-editor" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit}>
      <h3 id={`${id}-heading`}>{t('kennis.editHeading')}</h3>
      <Field id={`${id}-title`} label={t('kennis.title')} error={error('title')}>
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field
        id={`${id}-body`}
        label={t('kennis.body')}
        hint={t('kennis.bodyHint')}
        error={error('body')}
      >
        {(control) => (
          <textarea {...control} rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
        )}
      </Field>
      <section aria-labelledby={`${id}-preview`} className="info-preview">
        <h4 id={`${id}-preview`}>{t('kennis.preview')}</h4>
        <MarkdownText>{body}</MarkdownText>
      </section>
      <div className="card-actions">
        <button type="submit" aria-disabled={save.isPending || undefined}>
          {label}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('kennis.cancel')}
        </button>
      </div>
      {save.error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(save.error))}
        </p>
      ) : null}
    </form>
  );
}
