import { useTranslation } from 'react-i18next';
import { ContactDetails } from '../../../components/contact-details';
import { useUrlState } from '../../../lib/url-state';
import { LoadState } from '../../../components/load-state';
import { useCoverageQueries, useCoverageView } from '../hooks/use-coverage-view';
import { CoverageExport } from './coverage-export';
import { CoverageFilters } from './coverage-filters';
import { CoverageTimeline } from './coverage-timeline';
import { GoalMeter } from './goal-meter';
import { ProvinceTable } from './province-table';
import { SuggestedActions } from './suggested-actions';

/** "Dekking": the coordinator's national board. */
export function CoveragePanel() {
  const { t } = useTranslation();
  const view = useCoverageView();
  const province = useUrlState((s) => s.province);
  const queries = useCoverageQueries();
  if (!view) return <LoadState queries={queries} />;
  const row = view.board.find((r) => r.code === province);
  return (
    <div className="coverage-panel">
      <GoalMeter view={view} />
      <CoverageFilters />
      {row && row.ambassador_ids.length ? (
        <section
          aria-label={t('coverage.detailHeading', { province: row.name })}
          className="selection"
        >
          {row.ambassador_ids.map((id, i) => (
            <ContactDetails
              key={id}
              organisationId={id}
              heading={t('coverage.ambassadorContact', { name: row.ambassadors[i] ?? '' })}
            />
          ))}
        </section>
      ) : null}
      <ProvinceTable view={view} />
      <SuggestedActions view={view} />
      <CoverageTimeline />
      <CoverageExport view={view} />
    </div>
  );
}
