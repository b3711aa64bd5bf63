import { useTranslation } from 'react-i18next';
import { useWriteLabel } from '../../../data/queries/mutation';
import type { EventDetailRow } from '../../../data/schemas';
import { useReinstateEvent } from '../api/event-queries';
import { EventErrorLine } from './event-error-line';

/**
 * The AvZ lets a called-off event go ahead after all (called off by mistake, or back on): the
 * registrations were kept, and the registered organisations are told.
 */
export function ReinstateEvent({ event, onDone }: { event: EventDetailRow; onDone: () => void }) {
  const { t } = useTranslation();
  const reinstate = useReinstateEvent();
  const label = useWriteLabel(
    reinstate.isPending,
    t('kennis.saving'),
    t('bijeenkomst.reinstate'),
    t('kennis.dbStarting'),
  );
  return (
    <div className="reinstate-event">
      <p className="hint" id={`reinstate-${event.id}`}>
        {t('bijeenkomst.reinstateExplain')}
      </p>
      <button
        type="button"
        className="secondary"
        aria-describedby={`reinstate-${event.id}`}
        aria-disabled={reinstate.isPending || undefined}
        onClick={() => {
          if (!reinstate.isPending) reinstate.mutate({ event: event.id }, { onSuccess: onDone });
        }}
      >
        {label}
      </button>
      <EventErrorLine error={reinstate.error} />
    </div>
  );
}
