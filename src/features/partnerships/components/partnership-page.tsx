import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../../../components/contact-details';
import { LoadState } from '../../../components/load-state';
import { factsOf } from '../../../data/workspace-facts';
import { evaluateRules } from '../../../domain/schemes/rules';
import { usePanelFocus } from '../../../lib/use-panel-focus';
import { useShowOnMap } from '../../../map/use-show-on-map';
import { usePartnershipPage, useWorkspace } from '../api/partnership-queries';
import { AgreementsChecklist } from './agreements-checklist';
import { DeadlineCalendar } from './deadline-calendar';
import { EndedNotice } from './ended-notice';
import { MemberList } from './member-list';
import { MemberManagement } from './member-management';
import { OpenRequests } from './open-requests';
import { ReadinessSummary } from './readiness-summary';
import { StatusControl } from './status-control';
import { StudentsTowardGroups } from './students-toward-groups';
import { SubsidyPackView } from './subsidy-pack-view';
import { TopRegistration } from './top-registration';
import { useFormatDay } from '../hooks/use-format-day';
import { isUuid } from '../../../lib/uuid';

/**
 * A partnership's own page (shareable): the public part for everyone, and for its members, its
 * coordinator, the ambassador and the AvZ what is done and what is missing before the group
 * can start.
 */
export function PartnershipPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/verbanden/$id' });
  const valid = isUuid(id);
  const pageQuery = usePartnershipPage(id.toLowerCase(), valid);
  const page = valid ? pageQuery.data : null;
  const workspaceQuery = useWorkspace(id.toLowerCase(), valid && !!page?.sees_members_part);
  const workspace = workspaceQuery.data;
  const { heading } = usePanelFocus<HTMLHeadingElement>(page ? page.id : null, !!page);
  const showOnMap = useShowOnMap();
  const day = useFormatDay();

  const back = (
    <p>
      <Link to="/verbanden" search={{}}>
        {t('verband.backToDirectory')}
      </Link>
    </p>
  );
  if (page === undefined) return <LoadState queries={[pageQuery]} />;
  if (page === null)
    return (
      <>
        <p role="alert">{t('verband.notFound')}</p>
        {back}
      </>
    );
  const outcomes = workspace ? evaluateRules(factsOf(page, workspace)) : null;

  return (
    <article aria-labelledby="partnership-heading" className="partnership-page">
      {back}
      <p className="eyebrow">{t('network.partnershipHeading')}</p>
      <h2 id="partnership-heading" ref={heading} tabIndex={-1}>
        {page.name}
      </h2>
      <dl className="facts">
        <dt>{t('network.statusLabel')}</dt>
        <dd>
          <span className={`status-badge status-${page.status}`}>{t(`status.${page.status}`)}</span>
        </dd>
        <dt>{t('network.scheme')}</dt>
        <dd>{t(`network.scheme_${page.scheme}`)}</dd>
        <dt>{t('network.opleidingen')}</dt>
        <dd>{page.opleidingen.map((o) => t(`opleiding.${o}`)).join(', ')}</dd>
        <dt>{t('verband.meetingPlace')}</dt>
        <dd>
          {page.place}{' '}
          <button type="button" className="link-button" onClick={() => showOnMap(page)}>
            {t('network.showOnMap')}
          </button>
        </dd>
        <dt>{t('network.coordinator')}</dt>
        <dd>{page.coordinator_name}</dd>
        <dt>{t('verband.formedOn')}</dt>
        <dd>{day(page.formed_on)}</dd>
        {page.start_date ? (
          <>
            <dt>{t('verband.startDate')}</dt>
            <dd>{day(page.start_date)}</dd>
          </>
        ) : page.planned_start ? (
          <>
            <dt>{t('verband.plannedStart')}</dt>
            <dd>{day(page.planned_start)}</dd>
          </>
        ) : null}
        {page.scheme === 'top' && page.training_year ? (
          <>
            <dt>{t('verband.trainingYear')}</dt>
            <dd>{page.training_year}</dd>
          </>
        ) : null}
      </dl>
      <EndedNotice page={page} />
      {page.description ? <p className="description">{page.description}</p> : null}
      <ContactDetails organisationId={page.coordinator_org_id} />

      {outcomes && workspace ? (
        <ReadinessSummary page={page} workspace={workspace} outcomes={outcomes} />
      ) : null}
      {outcomes && page.may_manage ? <StatusControl page={page} outcomes={outcomes} /> : null}

      {/* An ended group gathers no students: counting toward a group of 10 would mislead. */}
      {page.status !== 'ended' ? <StudentsTowardGroups page={page} /> : null}
      <MemberList page={page} />
      {workspace ? <MemberManagement page={page} workspace={workspace} /> : null}

      {page.sees_members_part ? (
        workspace && outcomes ? (
          <>
            <OpenRequests workspace={workspace} partnershipName={page.name} />
            <AgreementsChecklist page={page} workspace={workspace} />
            {page.scheme === 'top' ? <TopRegistration page={page} workspace={workspace} /> : null}
            <DeadlineCalendar page={page} workspace={workspace} />
            <SubsidyPackView page={page} workspace={workspace} />
          </>
        ) : (
          <LoadState queries={[workspaceQuery]} />
        )
      ) : (
        <p className="muted">{t('verband.membersOnly')}</p>
      )}
    </article>
  );
}
