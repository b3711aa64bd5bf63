import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PERSONAS, isPersonaId } from '../data/embedded/personas';
import { usePersonaStore } from '../data/embedded/persona-store';

/** "Bekijk als": the embedded demo's stand-in for signing in; sets the JWT claims RLS reads. */
export function PersonaSwitcher() {
  const { t } = useTranslation();
  const persona = usePersonaStore((s) => s.persona);
  const setPersona = usePersonaStore((s) => s.setPersona);
  const queryClient = useQueryClient();
  return (
    <div className="persona-switcher">
      <label htmlFor="persona-select">{t('persona.label')}</label>
      <select
        id="persona-select"
        value={persona}
        onChange={(event) => {
          const next = event.target.value;
          if (!isPersonaId(next)) return;
          setPersona(next);
          // Identity is part of every data query key; old identities' answers can go.
          queryClient.removeQueries({ queryKey: ['db', persona] });
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
