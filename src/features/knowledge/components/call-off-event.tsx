import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from '../../../components/reason-form';
import type { EventDetailRow } from '../../../data/schemas';
import { useCancelEvent } from '../api/event-queries';
import { EventErrorLine } from './event-error-line';

/** The AvZ calls a coming event off, with a reason the registered organisations read. */
export function CallOffEvent({ event }: { event: EventDetailRow }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const cancel = useCancelEvent();
  if (!asking)
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {t('bijeenkomst.callOff')}
      </button>
    );
  return (
    <>
      <ReasonForm
        label={t('bijeenkomst.callOffReason')}
        submit={t('bijeenkomst.callOffSubmit')}
        busy={cancel.isPending}
        max={500}
        onSubmit={(reason) =>
          cancel.mutate({ event: event.id, reason }, { onSuccess: () => setAsking(false) })
        }
        onCancel={() => setAsking(false)}
      />
      <EventErrorLine error={cancel.error} />
    </>
  );
}
