import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../data/errors';
import type { PartnershipPageRow, WorkspaceRow } from '../../../data/schemas';
import { milestonesFor, timeline, type MilestoneId } from '../../../domain/schemes/deadlines';
import { todayIso } from '../../../lib/dates';
import { fileSafe } from '../../../lib/download';
import { useRecordMilestone, useSaveTrainingPlan } from '../api/partnership-queries';
import { useFormatDay } from '../hooks/use-format-day';

/**
 * The dates the partnership works toward. TOP: the scheme's deadlines from the training year,
 * each done, due or late; brancheopleiding: the start and the accountability dates. Both as an
 * iCalendar file for Outlook or Google Calendar.
 */
export function DeadlineCalendar({
  page,
  workspace,
}: {
  page: PartnershipPageRow;
  workspace: WorkspaceRow;
}) {
  const { t } = useTranslation();
  const id = useId();
  const day = useFormatDay();
  const savePlan = useSaveTrainingPlan();
  const record = useRecordMilestone();
  const [year, setYear] = useState(String(page.training_year ?? ''));
  const [planned, setPlanned] = useState(page.planned_start ?? '');
  const [access, setAccess] = useState(workspace.material_access_on ?? '');
  const [completed, setCompleted] = useState(workspace.completed_on ?? '');
  const [yearInvalid, setYearInvalid] = useState(false);
  const [downloadError, setDownloadError] = useState(false);
  const today = todayIso();

  const allSigned =
    workspace.signatures.length > 0 && workspace.signatures.every((s) => s.signed_on);
  const lastSignature = workspace.signatures
    .map((s) => s.signed_on ?? '')
    .sort()
    .at(-1);
  const doneOn: Partial<Record<MilestoneId, string>> = {
    ...(workspace.milestones as Partial<Record<MilestoneId, string>>),
    ...(page.scheme === 'top' && allSigned && lastSignature
      ? { registration_signed: lastSignature }
      : {}),
    ...(workspace.material_access_on && workspace.material_access_on <= today
      ? { material_access: workspace.material_access_on }
      : {}),
    ...(workspace.completed_on && workspace.completed_on <= today
      ? { completed: workspace.completed_on }
      : {}),
    ...(page.start_date ? { planned_start: page.start_date } : {}),
  };
  const entries = timeline(
    milestonesFor(page.scheme, page.training_year, {
      plannedStart: page.planned_start,
      materialAccess: workspace.material_access_on,
      completed: workspace.completed_on,
    }),
    doneOn,
    today,
  );

  const download = async () => {
    setDownloadError(false);
    try {
      const { calendarFile, downloadCalendar } = await import('../calendar-file');
      const text = calendarFile(
        page.name,
        entries.map((e) => ({
          uid: `${page.id}-${e.id}@samenkaart`,
          title: `${page.name}: ${t(`verband.milestone.${e.id}`)}`,
          description: t(`verband.milestoneHint.${e.id}`),
          day: e.due,
        })),
      );
      downloadCalendar(`${fileSafe(page.name)}-deadlines.ics`, text);
    } catch {
      setDownloadError(true);
    }
  };

  const savePlanNow = () => {
    const parsed = year ? Number(year) : null;
    const bad = parsed !== null && !(Number.isInteger(parsed) && parsed >= 2020 && parsed <= 2040);
    setYearInvalid(bad);
    if (bad || savePlan.isPending) return;
    savePlan.mutate({
      partnership: page.id,
      training_year: parsed ?? undefined,
      planned_start: planned || undefined,
      material_access_on: access || undefined,
      completed_on: completed || undefined,
    });
  };
  const error = savePlan.error ?? record.error;

  return (
    <section aria-labelledby={`${id}-heading`} className="deadline-calendar">
      <h3 id={`${id}-heading`}>{t('verband.calendarHeading')}</h3>
      {entries.length ? (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.id} className={`milestone milestone-${e.state}`}>
              <span className="milestone-day">{day(e.due)}</span>
              <span>
                <strong>{t(`verband.milestone.${e.id}`)}</strong>{' '}
                <span className={`milestone-state state-${e.state}`}>
                  {e.state === 'done' && e.doneOn
                    ? t('verband.doneOn', { day: day(e.doneOn) })
                    : t(`verband.state_${e.state}`)}
                </span>
                <br />
                <span className="hint">
                  {t(e.bound === 'before' ? 'verband.dueBefore' : 'verband.dueBy', {
                    day: day(e.due),
                  })}{' '}
                  · {t(`verband.milestoneHint.${e.id}`)}
                </span>
                {page.may_manage && page.scheme === 'top' && e.id !== 'registration_signed' ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-disabled={record.isPending || undefined}
                    onClick={() =>
                      !record.isPending &&
                      record.mutate({
                        partnership: page.id,
                        milestone: e.id,
                        done_on: e.state === 'done' ? undefined : today,
                      })
                    }
                  >
                    {e.state === 'done'
                      ? t('verband.undoMilestone', { name: t(`verband.milestone.${e.id}`) })
                      : t('verband.markDone', { name: t(`verband.milestone.${e.id}`) })}
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">
          {t(page.scheme === 'top' ? 'verband.noTrainingYear' : 'verband.noDates')}
        </p>
      )}
      {entries.length ? (
        <button type="button" className="secondary" onClick={() => void download()}>
          {t('verband.downloadIcs')}
        </button>
      ) : null}
      {downloadError ? (
        <p role="alert" className="field-error">
          {t('verband.downloadFailed')}
        </p>
      ) : null}

      {page.may_manage ? (
        <form
          noValidate
          className="training-plan"
          aria-labelledby={`${id}-plan`}
          onSubmit={(e) => {
            e.preventDefault();
            savePlanNow();
          }}
        >
          <h4 id={`${id}-plan`}>{t('verband.planHeading')}</h4>
          <div className="field-grid">
            {page.scheme === 'top' ? (
              <div className="field">
                <label htmlFor={`${id}-year`}>{t('verband.trainingYear')}</label>
                <input
                  id={`${id}-year`}
                  inputMode="numeric"
                  value={year}
                  aria-invalid={yearInvalid}
                  aria-describedby={yearInvalid ? `${id}-year-error` : undefined}
                  onChange={(e) => setYear(e.target.value.trim())}
                />
                {yearInvalid ? (
                  <p id={`${id}-year-error`} className="field-error" role="alert">
                    {t('verband.yearError')}
                  </p>
                ) : null}
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-planned`}>{t('verband.plannedStart')}</label>
              <input
                id={`${id}-planned`}
                type="date"
                value={planned}
                onChange={(e) => setPlanned(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-access`}>{t('verband.materialAccess')}</label>
              <input
                id={`${id}-access`}
                type="date"
                value={access}
                onChange={(e) => setAccess(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-completed`}>{t('verband.completedOn')}</label>
              <input
                id={`${id}-completed`}
                type="date"
                value={completed}
                onChange={(e) => setCompleted(e.target.value)}
              />
            </div>
          </div>
          <button
            type="submit"
            className="secondary"
            aria-disabled={savePlan.isPending || undefined}
          >
            {t('verband.planSave')}
          </button>
          {savePlan.isSuccess ? <span role="status"> {t('verband.saved')}</span> : null}
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </section>
  );
}
