import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, invalidField } from '../../../data/errors';
import type { InboxRow } from '../../../data/schemas';
import type { NewGroupOption } from '../../../domain/matching/types';
import type { Opleiding } from '../../../domain/vocabulary';
import { nameField, textField } from '../../../lib/field-rules';
import { useProposePartnership } from '../api/inbox';

const nameSchema = nameField(3, 120);
const messageSchema = textField(1000);

/**
 * "Nieuw verband voorstellen": a forming partnership meeting where the group's students can all
 * get to, the registrant and the other seekers invited (preselected; others can be added). The
 * proposer's organisation coordinates until it hands over; every provider decides itself.
 */
export function ProposeForm({
  item,
  opleiding,
  group,
  onCancel,
  onProposed,
}: {
  item: InboxRow;
  opleiding: Opleiding;
  group: NewGroupOption;
  onCancel: () => void;
  onProposed: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const propose = useProposePartnership();
  const heading = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(
    t('ambassador.proposeDefaultName', {
      opleiding: t(`opleiding.${opleiding}`),
      place: group.meetingPoint.place || item.place,
    }),
  );
  const [message, setMessage] = useState('');
  const [invited, setInvited] = useState(
    () => new Set(group.others.filter((c) => c.seeking).map((c) => c.organisationId)),
  );
  const [errors, setErrors] = useState<{ name?: boolean; message?: boolean; invited?: boolean }>(
    {},
  );
  useEffect(() => heading.current?.focus(), []);
  const id = (field: string) => `propose-${item.id}-${field}`;
  const students =
    (item.student_count ?? 0) +
    group.others
      .filter((c) => invited.has(c.organisationId))
      .reduce((sum, c) => sum + c.students, 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (propose.isPending) return;
    const parsedName = nameSchema.safeParse(name);
    const parsedMessage = messageSchema.safeParse(message);
    const next = { name: !parsedName.success, message: !parsedMessage.success };
    setErrors(next);
    if (!parsedName.success || !parsedMessage.success) return;
    const meetingSite = group.meetingPoint.siteId ?? item.site_id;
    if (!meetingSite) return;
    propose.mutate(
      {
        name: parsedName.data,
        opleiding,
        meeting_site: meetingSite,
        organisations: [item.organisation_id, ...invited],
        message: parsedMessage.data || null,
      },
      {
        onSuccess: (row) =>
          onProposed(t('ambassador.proposed', { name: parsedName.data, count: row.invited })),
        onError: (error) => {
          const field = invalidField(error);
          if (field === 'name') setErrors({ name: true });
        },
      },
    );
  };

  return (
    <form className="propose-form" noValidate onSubmit={submit} aria-labelledby={id('heading')}>
      <h4 id={id('heading')} ref={heading} tabIndex={-1}>
        {t('ambassador.proposeHeading')}
      </h4>
      <p className="hint">
        {t('ambassador.proposeIntro', { place: group.meetingPoint.place || item.place })}
      </p>
      <div className="field">
        <label htmlFor={id('name')}>{t('ambassador.proposeName')}</label>
        <input
          id={id('name')}
          type="text"
          value={name}
          aria-invalid={errors.name || undefined}
          aria-describedby={errors.name ? `${id('name')}-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {errors.name ? (
          <p id={`${id('name')}-error`} className="field-error">
            {propose.error && invalidField(propose.error) === null
              ? t(errorMessageKey(propose.error))
              : t('ambassador.proposeNameError')}
          </p>
        ) : null}
      </div>
      <fieldset>
        <legend>{t('ambassador.proposeInvite')}</legend>
        <label>
          <input type="checkbox" checked disabled /> {item.organisation_name} (
          {t('ambassador.proposeStudents', { count: item.student_count ?? 0 })})
        </label>
        {group.others.map((c) => (
          <label key={c.organisationId}>
            <input
              type="checkbox"
              checked={invited.has(c.organisationId)}
              onChange={(e) =>
                setInvited((current) => {
                  const next = new Set(current);
                  if (e.target.checked) next.add(c.organisationId);
                  else next.delete(c.organisationId);
                  return next;
                })
              }
            />{' '}
            {c.organisationName} ({t('ambassador.proposeStudents', { count: c.students })}
            {c.seeking ? `, ${t('ambassador.proposeSeeking')}` : ''})
          </label>
        ))}
      </fieldset>
      <p>{t('ambassador.proposeTotal', { count: students })}</p>
      <div className="field">
        <label htmlFor={id('message')}>{t('ambassador.proposeMessage')}</label>
        <textarea
          id={id('message')}
          rows={2}
          value={message}
          aria-invalid={errors.message || undefined}
          aria-describedby={errors.message ? `${id('message')}-error` : undefined}
          onChange={(e) => setMessage(e.target.value)}
        />
        {errors.message ? (
          <p id={`${id('message')}-error`} className="field-error">
            {t('find.joinMessageError')}
          </p>
        ) : null}
      </div>
      <div className="card-actions">
        <button type="submit" className="primary" aria-disabled={propose.isPending || undefined}>
          {t('ambassador.proposeSend')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('find.cancel')}
        </button>
      </div>
      {propose.error && invalidField(propose.error) !== 'name' ? (
        <p role="alert" className="field-error">
          {t(errorMessageKey(propose.error))}
        </p>
      ) : null}
    </form>
  );
}
