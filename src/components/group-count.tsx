import { useTranslation } from 'react-i18next';
import { GROUP_SIZE } from '../domain/cohort';

// The one way a count toward groups of 10 is written: never "21 van 10".

/** "7 van 10 — nog 3 deelnemers nodig" / "26 deelnemers — genoeg voor 2 groepen". */
export function GroupCount({ total }: { total: number }) {
  const { t } = useTranslation();
  return total >= GROUP_SIZE ? (
    <>{t('find.gaugeEnough', { total, count: Math.floor(total / GROUP_SIZE) })}</>
  ) : (
    <>{t('find.gaugeShort', { total, count: GROUP_SIZE - total })}</>
  );
}

/** "Met u erbij 9 van 10: nog 1 nodig" / "Met u erbij 26 deelnemers: 2 groepen". */
export function WithYou({ total }: { total: number }) {
  const { t } = useTranslation();
  return total >= GROUP_SIZE ? (
    <>{t('find.withYouGroups', { total, count: Math.floor(total / GROUP_SIZE) })}</>
  ) : (
    <>{t('find.withYouShort', { total, count: GROUP_SIZE - total })}</>
  );
}
