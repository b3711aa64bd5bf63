import { useTranslation } from 'react-i18next';
import { PERSONAS, isPersonaId } from '../data/embedded/personas';
import { usePersonaStore } from '../data/embedded/persona-store';
import { useDataContext } from '../data/data-context';

/** "Bekijk als": the embedded demo's stand-in for signing in; sets the JWT claims RLS reads. */
export function PersonaSwitcher() {
  const { t } = useTranslation();
  const persona = usePersonaStore((s) => s.persona);
  const { viewAs } = useDataContext();
  return (
    <div className="persona-switcher">
      <label htmlFor="persona-select">{t('persona.label')}</label>
      <select
        id="persona-select"
        value={persona}
        onChange={(event) => {
          const next = event.target.value;
          if (!isPersonaId(next)) return;
          viewAs?.(next);
        }}
      >
        {PERSONAS.map((p) => (
          <option key={p.id} value={p.id}>
            {t(`persona.${p.id}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
