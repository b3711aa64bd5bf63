import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../../data/data-context';
import { useReach } from '../hooks/use-reach';
import { useFindStore } from '../stores/find-params';
import { CohortGaugeView } from './cohort-gauge-view';
import { FindForm } from './find-form';
import { ReachResults } from './reach-results';
import { RegisterForm } from './register-form';

/** The side panel of "Zoek een groep". */
export function FindPanel() {
  const { t } = useTranslation();
  const { state } = useDataContext();
  const origin = useFindStore((s) => s.origin);
  const result = useReach();
  return (
    <div className="find-panel">
      <FindForm />
      {origin && !result && state.status === 'starting' ? (
        <p role="status">{t('find.waitingForData')}</p>
      ) : null}
      {result ? (
        <>
          <CohortGaugeView result={result} />
          <ReachResults result={result} />
        </>
      ) : null}
      <RegisterForm />
    </div>
  );
}
