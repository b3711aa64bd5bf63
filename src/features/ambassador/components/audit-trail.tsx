import { useTranslation } from 'react-i18next';
import { LoadState } from '../../../components/load-state';
import { useAuditTrail } from '../api/inbox';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../audit-actions';

/** Who decided what and when: for partnership coordinators (their own) and AvZ (all). */
export function AuditTrail() {
  const { t, i18n } = useTranslation();
  const trail = useAuditTrail(true);
  const entries = trail.data;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  return (
    <section aria-labelledby="audit-heading" className="audit">
      <h2 id="audit-heading" className="panel-heading">
        {t('ambassador.auditHeading')}
      </h2>
      {!entries ? (
        <LoadState queries={[trail]} />
      ) : entries.length ? (
        <ol className="audit-list">
          {entries.map((entry, i) => {
            const action = AUDIT_ACTIONS.find((a) => a === entry.action);
            const entity = AUDIT_ENTITIES.find((e) => e === entry.entity);
            return (
              <li key={`${entry.at}-${i}`}>
                {t('ambassador.auditEntry', {
                  when: when(entry.at),
                  action: action ? t(`ambassador.action_${action}`) : entry.action,
                  subject:
                    entry.partnership_name ??
                    (entity ? t(`ambassador.entity_${entity}`) : entry.entity),
                  actor: entry.actor_name
                    ? t('ambassador.auditBy', { name: entry.actor_name })
                    : '',
                })}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">{t('ambassador.auditEmpty')}</p>
      )}
    </section>
  );
}
