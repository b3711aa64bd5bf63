import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../../data/data-context';
import { useProvinces } from '../../../data/queries/provinces';
import { provinceAt } from '../../../domain/province-at';
import { useMatch } from '../hooks/use-match';
import { useFindStore } from '../stores/find-params';
import { FindForm } from './find-form';
import { MatchGauge } from './match-gauge';
import { MatchOptions } from './match-options';
import { MyRegistrations } from './my-registrations';
import { RegisterForm } from './register-form';

/** The side panel of "Zoek een groep". */
export function FindPanel() {
  const { t } = useTranslation();
  const { state } = useDataContext();
  const origin = useFindStore((s) => s.origin);
  const invalid = useFindStore((s) => s.invalid);
  const { data: provinces } = useProvinces();
  const match = useMatch();
  const provinceCode =
    origin && provinces ? (provinceAt(provinces, origin.lat, origin.lng)?.id ?? null) : null;
  return (
    <div className="find-panel">
      <FindForm />
      {origin && invalid.length ? <p className="hint">{t('find.invalidNoAnswer')}</p> : null}
      {origin && !match && !invalid.length && state.status === 'starting' ? (
        <p role="status">{t('find.waitingForData')}</p>
      ) : null}
      {match ? (
        <>
          <MatchGauge result={match.result} />
          <MatchOptions match={match} provinceCode={provinceCode} />
        </>
      ) : null}
      <RegisterForm provinceCode={provinceCode} />
      <MyRegistrations />
    </div>
  );
}
