import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, type FieldControl } from '../../../components/field';
import { invalidField } from '../../../data/errors';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { EventDetailRow } from '../../../data/schemas';
import { useSaveEvent } from '../api/event-queries';
import { EventErrorLine } from './event-error-line';
import { ProvinceOptions } from './province-options';
import {
  emptyEventForm,
  eventFormFrom,
  eventFormProblems,
  saveEventArgs,
  type EventField,
  type EventFormValues,
  type EventProblems,
} from '../event-form';

/** Server field names (save_event's) to the form's. */
const SERVER_FIELDS: Record<string, EventField> = {
  title: 'title',
  description: 'description',
  starts_at: 'starts',
  ends_at: 'ends',
  registration_deadline: 'deadline',
  online_url: 'onlineUrl',
  place: 'place',
  province: 'province',
  capacity: 'capacity',
  recording_url: 'recordingUrl',
  slides_url: 'slidesUrl',
};

/**
 * The AvZ plans an event or changes one: times on the Amsterdam clock, online or at a place (or
 * both), places and the registration deadline; afterwards the recording and slides. Problems are
 * said at their field and nothing typed is lost.
 */
export function EventEditor({
  event,
  onDone,
}: {
  event: EventDetailRow | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const save = useSaveEvent();
  const [values, setValues] = useState<EventFormValues>(() =>
    event ? eventFormFrom(event) : emptyEventForm,
  );
  const [problems, setProblems] = useState<EventProblems>({});
  const label = useWriteLabel(
    save.isPending,
    t('kennis.saving'),
    t(event ? 'kennis.save' : 'bijeenkomst.create'),
    t('kennis.dbStarting'),
  );
  const set = (field: EventField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = eventFormProblems(values, event?.seats_taken ?? 0);
    setProblems(next);
    if (Object.keys(next).length || save.isPending) return;
    save.mutate(saveEventArgs(values, event), {
      onSuccess: (row) => {
        onDone();
        if (!event)
          void navigate({
            to: '/kennis/bijeenkomsten/$id',
            params: { id: (row as { event_id: string }).event_id },
            search: {},
          });
      },
      onError: (error) => {
        const field = SERVER_FIELDS[invalidField(error) ?? ''];
        if (field) setProblems({ [field]: `error_${field}` });
      },
    });
  };

  const field = (
    name: EventField,
    render: (
      control: FieldControl & { value: string; onChange: ReturnType<typeof set> },
    ) => ReactNode,
  ) => (
    <Field
      id={`${id}-${name}`}
      label={t(`bijeenkomst.field_${name}`)}
      error={
        problems[name] && t(`bijeenkomst.${problems[name]}`, { count: event?.seats_taken ?? 0 })
      }
    >
      {(control) => render({ ...control, value: values[name], onChange: set(name) })}
    </Field>
  );
  const input = (name: EventField, type = 'text', extra: object = {}) =>
    field(name, (control) => <input type={type} {...control} {...extra} />);
  const serverError = save.error && !SERVER_FIELDS[invalidField(save.error) ?? ''];

  return (
    <form noValidate onSubmit={submit} className="event-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t(event ? 'bijeenkomst.editHeading' : 'bijeenkomst.planHeading')}
      </h3>
      {input('title', 'text', { maxLength: 200 })}
      {field('description', (control) => (
        <textarea rows={5} maxLength={10000} {...control} />
      ))}
      <p className="hint">{t('bijeenkomst.timeHint')}</p>
      <div className="field-grid">
        {input('starts', 'datetime-local')}
        {input('ends', 'datetime-local')}
        {input('deadline', 'datetime-local')}
        {input('capacity', 'number', { min: 1, max: 5000, inputMode: 'numeric' })}
      </div>
      {input('onlineUrl', 'url', { placeholder: 'https://' })}
      <div className="field-grid">
        {input('place', 'text', { maxLength: 300 })}
        {field('province', (control) => (
          <select {...control}>
            <ProvinceOptions none={t('bijeenkomst.noProvince')} />
          </select>
        ))}
      </div>
      {event ? (
        <>
          {input('recordingUrl', 'url', { placeholder: 'https://' })}
          {input('slidesUrl', 'url', { placeholder: 'https://' })}
        </>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" aria-disabled={save.isPending || undefined}>
          {label}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('kennis.cancel')}
        </button>
      </div>
      {serverError ? <EventErrorLine error={save.error} /> : null}
    </form>
  );
}
