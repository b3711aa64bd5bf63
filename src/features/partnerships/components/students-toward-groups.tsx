import { useTranslation } from 'react-i18next';
import type { PartnershipPageRow } from '../../../data/schemas';
import { GROUP_SIZE, groupsPossible } from '../directory-filter';

/** Students per opleiding who reach the meeting place, toward groups of 10. */
export function StudentsTowardGroups({ page }: { page: PartnershipPageRow }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="students-heading">
      <h3 id="students-heading">{t('verband.studentsHeading')}</h3>
      <ul className="plain-list">
        {page.opleidingen.map((o) => {
          const students = page.students[o] ?? 0;
          const groups = groupsPossible(students);
          const toNext = GROUP_SIZE - (students % GROUP_SIZE);
          return (
            <li key={o}>
              <strong>{t(`opleiding.${o}`)}</strong>:{' '}
              {t('verband.studentsCount', { count: students })} —{' '}
              {groups
                ? t('verband.groupsCanStart', { count: groups })
                : t('verband.studentsToGroup', { count: toNext })}
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('verband.studentsHint')}</p>
    </section>
  );
}
