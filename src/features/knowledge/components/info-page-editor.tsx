import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const error = (problem: Problem) =>
    problems.includes(problem) ? (
      <p id={`${id}-${problem}-error`} className="field-error" role="alert">
        {t(`kennis.error_${problem}`)}
      </p>
    ) : null;

  return (
    <form className="info-editor" aria-labelledby={`${id}-heading`} noValidate onSubmit={submit}>
      <h3 id={`${id}-heading`}>{t('kennis.editHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('kennis.title')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={120}
          aria-invalid={problems.includes('title')}
          aria-describedby={problems.includes('title') ? `${id}-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {error('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('kennis.body')}</label>
        <textarea
          id={`${id}-body`}
          rows={14}
          value={body}
          aria-invalid={problems.includes('body')}
          aria-describedby={`${id}-body-hint${problems.includes('body') ? ` ${id}-body-error` : ''}`}
          onChange={(e) => setBody(e.target.value)}
        />
        <p id={`${id}-body-hint`} className="hint">
          {t('kennis.bodyHint')}
        </p>
        {error('body')}
      </div>
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
