import { useTranslation } from 'react-i18next';
import type { PartnershipPageRow } from '../../../data/schemas';

/** The member organisations (public), with their sectors where the scheme counts them. */
export function MemberList({ page }: { page: PartnershipPageRow }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="members-heading">
      <h3 id="members-heading">
        {t('verband.membersHeading', { count: page.members.length, max: page.max_members })}
      </h3>
      <ul className="plain-list">
        {page.members.map((m) => (
          <li key={m.organisation_id}>
            {m.name}
            {m.role === 'regiehouder' ? ` · ${t('verband.roleRegiehouder')}` : ''}
            {page.scheme === 'top' && m.sectors.length ? (
              <span className="item-meta">
                {' '}
                ({m.sectors.map((s) => t(`sector.${s}`)).join(', ')})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
