import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useProvinces } from '../../../data/queries/provinces';
import { formatEventMoment, formatEventSpan } from '../../../domain/events/amsterdam-time';
import { eventPhase, placesLeft } from '../../../domain/events/places';
import { usePanelFocus } from '../../../lib/use-panel-focus';
import { isUuid } from '../../../lib/uuid';
import { useEventCancellations, useEventDetail } from '../api/event-queries';
import { CallOffEvent } from './call-off-event';
import { ReinstateEvent } from './reinstate-event';
import { EventEditor } from './event-editor';
import { EventRegistration } from './event-registration';
import { EventRegistrations } from './event-registrations';
import { MarkdownText } from './markdown-text';

/** One webinar or meeting: when and where, the places, what it is about, and registering. */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams({ from: '/kennis/bijeenkomsten/$id' });
  const valid = isUuid(id);
  const query = useEventDetail(id.toLowerCase(), valid);
  const { data: provinces } = useProvinces();
  const [editing, setEditing] = useState(false);
  // Said in a live region that stays: the control that did it is gone once the event is on.
  const [reinstated, setReinstated] = useState(false);
  const cancellations = useEventCancellations();
  const event = valid ? query.data : null;
  const { heading } = usePanelFocus<HTMLHeadingElement>(event ? event.id : null, !!event);
  const back = (
    <p>
      <Link to="/kennis" search={{}}>
        {t('bijeenkomst.back')}
      </Link>
    </p>
  );
  if (event === undefined) return <LoadState queries={[query]} />;
  if (event === null)
    return (
      <>
        <p role="alert">{t('bijeenkomst.notFound')}</p>
        {back}
      </>
    );
  const phase = eventPhase(event, new Date());
  const province = provinces?.features.find((f) => f.id === event.province_code)?.properties.name;
  const places = placesLeft(event);
  const cancelReason = cancellations.data?.get(event.id);
  const cancelled = cancelReason !== undefined;

  return (
    <article aria-labelledby="event-heading" className="event-page">
      {back}
      <p className="eyebrow">
        {t(phase === 'past' ? 'bijeenkomst.pastEyebrow' : 'bijeenkomst.eyebrow')}
      </p>
      <h2 id="event-heading" ref={heading} tabIndex={-1}>
        {event.title}
      </h2>
      <dl className="event-facts">
        <dt>{t('bijeenkomst.when')}</dt>
        <dd>
          {formatEventSpan(event.starts_at, event.ends_at, i18n.language)}{' '}
          <span className="muted">{t('bijeenkomst.dutchTime')}</span>
        </dd>
        <dt>{t('bijeenkomst.where')}</dt>
        <dd>
          {event.place ? (
            <span>
              {event.place}
              {province && !event.place.includes(province) ? ` (${province})` : ''}
            </span>
          ) : null}
          {event.place && event.online ? <br /> : null}
          {event.online_url ? (
            <a href={event.online_url} rel="noreferrer" target="_blank">
              {t('bijeenkomst.join')}
            </a>
          ) : event.online ? (
            <span>
              {t(phase === 'past' ? 'bijeenkomst.online' : 'bijeenkomst.onlineLinkLater')}
            </span>
          ) : null}
        </dd>
        {phase !== 'past' && !cancelled ? (
          <>
            <dt>{t('bijeenkomst.places')}</dt>
            <dd>
              {t('bijeenkomst.placesTaken', { taken: event.seats_taken, capacity: event.capacity })}
              {' · '}
              {phase === 'full'
                ? t('bijeenkomst.waitingCount', { count: event.waiting })
                : t('bijeenkomst.placesLeft', { count: places })}
            </dd>
            <dt>{t('bijeenkomst.deadline')}</dt>
            <dd>
              {phase === 'closed'
                ? t('bijeenkomst.closedSince', {
                    moment: formatEventMoment(event.registration_deadline, i18n.language),
                  })
                : t('bijeenkomst.openUntil', {
                    moment: formatEventMoment(event.registration_deadline, i18n.language),
                  })}
            </dd>
          </>
        ) : null}
      </dl>
      {cancelled ? (
        <p className="pack-missing">{t('bijeenkomst.cancelledNotice', { reason: cancelReason })}</p>
      ) : null}
      <MarkdownText>{event.description}</MarkdownText>

      {phase === 'past' ? (
        <section aria-labelledby="event-materials">
          <h3 id="event-materials">{t('bijeenkomst.materials')}</h3>
          {event.recording_url || event.slides_url ? (
            <ul className="plain-list">
              {event.recording_url ? (
                <li>
                  <a href={event.recording_url} rel="noreferrer" target="_blank">
                    {t('bijeenkomst.recording')}
                  </a>
                </li>
              ) : null}
              {event.slides_url ? (
                <li>
                  <a href={event.slides_url} rel="noreferrer" target="_blank">
                    {t('bijeenkomst.slides')}
                  </a>
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="muted">{t('bijeenkomst.noMaterials')}</p>
          )}
        </section>
      ) : null}

      {cancelled ? null : <EventRegistration event={event} phase={phase} />}

      {event.may_edit ? (
        <section aria-labelledby="event-manage" className="event-manage">
          <h3 id="event-manage">{t('bijeenkomst.manage')}</h3>
          {editing ? (
            <EventEditor event={event} onDone={() => setEditing(false)} />
          ) : (
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              {t('bijeenkomst.edit')}
            </button>
          )}
          {phase === 'past' ? null : cancelled ? (
            <ReinstateEvent event={event} onDone={() => setReinstated(true)} />
          ) : (
            <CallOffEvent event={event} />
          )}
          <p role="status">{reinstated && !cancelled ? t('bijeenkomst.reinstated') : ''}</p>
          <EventRegistrations event={event} />
        </section>
      ) : null}
    </article>
  );
}
