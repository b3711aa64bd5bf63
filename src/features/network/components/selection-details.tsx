import { Link } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePanelFocus } from '../../../lib/use-panel-focus';
import { useShowOnMap } from '../../../map/use-show-on-map';
import { PEEK_HEADING_ID } from './selection-peek';
import { useUrlState } from '../../../lib/url-state';
import { useNetworkSites, usePartnerships } from '../../../data/queries/network';
import { ContactDetails } from '../../../components/contact-details';
import { LoadState, type Loadable } from '../../../components/load-state';

/** Details of the partnership or site picked on the map or in the list. */
export function SelectionDetails() {
  const { t, i18n } = useTranslation();
  const selection = useUrlState((s) => s.selection);
  const select = useUrlState((s) => s.select);
  const partnershipsQuery = usePartnerships();
  const sitesQuery = useNetworkSites();
  const partnerships = partnershipsQuery.data;
  const sites = sitesQuery.data;
  const showOnMap = useShowOnMap();
  const found =
    selection?.kind === 'partnership'
      ? partnerships?.some((x) => x.id === selection.id)
      : sites?.some((x) => x.id === selection?.id);
  const { heading, returnFocus } = usePanelFocus<HTMLHeadingElement>(
    selection ? `${selection.kind}:${selection.id}` : null,
    !!found,
  );
  if (!selection) return null;

  const closePanel = () => {
    select(null);
    returnFocus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    closePanel();
  };
  const close = (
    <button type="button" className="secondary" onClick={closePanel}>
      {t('network.close')}
    </button>
  );
  /** On a narrow screen the map view takes over; focus goes to the card that names the item. */
  const actions = (at: { lng: number; lat: number }) => (
    <div className="card-actions">
      <button
        type="button"
        className="secondary"
        onClick={() => {
          if (showOnMap(at)) document.getElementById(PEEK_HEADING_ID)?.focus();
        }}
      >
        {t('network.showOnMap')}
      </button>
      {close}
    </div>
  );
  /** Still loading, or the selected item is gone (e.g. an old shared link). */
  const missing = (query: Loadable) =>
    query.data ? (
      <p role="alert">
        {t('network.notFound')} {close}
      </p>
    ) : (
      <LoadState queries={[query]} />
    );
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');

  if (selection.kind === 'partnership') {
    const p = partnerships?.find((x) => x.id === selection.id);
    if (!p) return missing(partnershipsQuery);
    return (
      <section aria-labelledby="selection-heading" className="selection" onKeyDown={onKeyDown}>
        <p className="eyebrow">{t('network.partnershipHeading')}</p>
        <h2 id="selection-heading" ref={heading} tabIndex={-1}>
          {p.name}
        </h2>
        <dl className="facts">
          <dt>{t('network.statusLabel')}</dt>
          <dd>
            <span className={`status-badge status-${p.status}`}>{t(`status.${p.status}`)}</span>
          </dd>
          <dt>{t('network.opleidingen')}</dt>
          <dd>{p.opleidingen.map((o) => t(`opleiding.${o}`)).join(', ')}</dd>
          <dt>{t('network.place')}</dt>
          <dd>{p.place}</dd>
          <dt>{t('network.scheme')}</dt>
          <dd>{t(`network.scheme_${p.scheme}`)}</dd>
          <dt>{t('network.members')}</dt>
          <dd>{t('network.membersValue', { count: p.member_count, max: p.max_members })}</dd>
          <dt>{t('network.students')}</dt>
          <dd>
            {p.opleidingen.some((o) => p.students[o])
              ? p.opleidingen
                  .filter((o) => p.students[o])
                  .map((o) =>
                    t('network.studentsValue', {
                      count: p.students[o],
                      opleiding: t(`opleiding.${o}`),
                    }),
                  )
                  .join('; ')
              : t('network.noStudents')}
          </dd>
          <dt>{t('network.coordinator')}</dt>
          <dd>{p.coordinator_name}</dd>
        </dl>
        <ContactDetails organisationId={p.coordinator_org_id} />
        <p>
          <Link to="/verbanden/$id" params={{ id: p.id }} search={{}}>
            {t('network.openPage', { name: p.name })}
          </Link>
        </p>
        {actions(p)}
      </section>
    );
  }

  const s = sites?.find((x) => x.id === selection.id);
  if (!s) return missing(sitesQuery);
  return (
    <section aria-labelledby="selection-heading" className="selection" onKeyDown={onKeyDown}>
      <p className="eyebrow">{t('network.siteHeading')}</p>
      <h2 id="selection-heading" ref={heading} tabIndex={-1}>
        {s.organisation_name}
      </h2>
      <dl className="facts">
        <dt>{t('network.place')}</dt>
        <dd>
          {s.name}, {s.place}
        </dd>
        {s.demand.length ? (
          <>
            <dt>{t('network.demand')}</dt>
            {s.demand.map((d) => (
              <dd key={d.opleiding}>
                {t('network.demandValue', {
                  opleiding: t(`opleiding.${d.opleiding}`),
                  count: d.student_count,
                  minutes: d.max_minutes,
                  mode: t(`mode.${d.travel_mode}`),
                })}
              </dd>
            ))}
          </>
        ) : null}
        {s.seeking.length ? (
          <>
            <dt>{t('network.seeking')}</dt>
            {s.seeking.map((r) => (
              <dd key={r.id}>
                {t(`network.intent_${r.intent}`)}:{' '}
                {t('network.seekingValue', {
                  opleiding: t(`opleiding.${r.opleiding}`),
                  count: r.student_count,
                  date: date(r.created_at),
                })}
              </dd>
            ))}
          </>
        ) : null}
      </dl>
      <ContactDetails organisationId={s.organisation_id} />
      {actions(s)}
    </section>
  );
}
