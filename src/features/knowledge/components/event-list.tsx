import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import type { EventListRow } from '../../../data/schemas';
import { useIdentity } from '../../../data/queries/identity';
import { formatEventSpan } from '../../../domain/events/amsterdam-time';
import { eventPhase, placesLeft } from '../../../domain/events/places';
import { useEventCancellations, useEventList } from '../api/event-queries';
import { EventEditor } from './event-editor';

/** Webinars and meetings: the coming ones with their places, the past ones with what was shown. */
export function EventList() {
  const { t } = useTranslation();
  const id = useId();
  const list = useEventList(null);
  const cancellations = useEventCancellations();
  const { data: identity } = useIdentity();
  const [planning, setPlanning] = useState(false);
  const now = new Date();
  const upcoming = list.data?.filter((e) => eventPhase(e, now) !== 'past') ?? [];
  const past = list.data?.filter((e) => eventPhase(e, now) === 'past') ?? [];

  return (
    <section aria-labelledby={`${id}-heading`} className="event-list">
      <h2 id={`${id}-heading`} className="panel-heading">
        {t('bijeenkomst.heading')}
      </h2>
      {identity?.role === 'avz_coordinator' ? (
        planning ? (
          <EventEditor event={null} onDone={() => setPlanning(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setPlanning(true)}>
            {t('bijeenkomst.plan')}
          </button>
        )
      ) : null}
      {list.data ? (
        <>
          <h3 id={`${id}-upcoming`}>{t('bijeenkomst.upcoming')}</h3>
          <ul className="plain-list events" aria-labelledby={`${id}-upcoming`}>
            {upcoming.map((e) => (
              <EventItem
                key={e.id}
                event={e}
                now={now}
                cancelled={!!cancellations.data?.has(e.id)}
              />
            ))}
            {!upcoming.length ? <li className="muted">{t('bijeenkomst.noneUpcoming')}</li> : null}
          </ul>
          <h3 id={`${id}-past`}>{t('bijeenkomst.past')}</h3>
          <ul className="plain-list events" aria-labelledby={`${id}-past`}>
            {past.map((e) => (
              <EventItem
                key={e.id}
                event={e}
                now={now}
                cancelled={!!cancellations.data?.has(e.id)}
              />
            ))}
          </ul>
        </>
      ) : (
        <LoadState queries={[list]} />
      )}
    </section>
  );
}

function EventItem({
  event: e,
  now,
  cancelled = false,
}: {
  event: EventListRow;
  now: Date;
  cancelled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const phase = eventPhase(e, now);
  const places = cancelled
    ? t('bijeenkomst.cancelledBadge')
    : phase === 'open'
      ? t('bijeenkomst.placesLeft', { count: placesLeft(e) })
      : phase === 'full'
        ? t('bijeenkomst.fullWaiting')
        : phase === 'closed'
          ? t('bijeenkomst.closed')
          : e.has_recording
            ? t('bijeenkomst.hasRecording')
            : null;
  return (
    <li>
      <Link to="/kennis/bijeenkomsten/$id" params={{ id: e.id }} className="item-title">
        {e.title}
      </Link>
      <span className="item-meta">
        {' · '}
        {formatEventSpan(e.starts_at, e.ends_at, i18n.language)} ·{' '}
        {e.online && e.place
          ? t('bijeenkomst.onlineAnd', { place: e.place })
          : e.online
            ? t('bijeenkomst.online')
            : e.place}
        {places ? ` · ${places}` : ''}
        {e.my_status ? ` · ${t(`bijeenkomst.my_${e.my_status}`)}` : ''}
      </span>
    </li>
  );
}
