import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../data/data-context';
import { usePersonaStore } from '../data/embedded/persona-store';
import { setLanguage } from '../lib/i18n';
import { useDisclosure } from '../lib/use-disclosure';
import { PersonaSwitcher } from './persona-switcher';

// Sign-in only exists with Supabase; the embedded app never loads it.
const SignIn = lazy(() => import('./sign-in').then((m) => ({ default: m.SignIn })));

/**
 * Who you are and in which language: on wide screens one button that opens the settings (so the
 * header stays one row), in the narrow screen's menu shown as they are.
 */
export function AccountMenu() {
  const { t, i18n } = useTranslation();
  const { state } = useDataContext();
  const persona = usePersonaStore((s) => s.persona);
  const { open, toggle, button, container, onKeyDown } = useDisclosure();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  const embedded = state.backend === 'embedded';

  return (
    <div className="account" ref={container} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="header-button account-button"
        aria-expanded={open}
        aria-controls="account-panel"
        onClick={toggle}
      >
        {embedded ? (
          <>
            <span className="account-button-label">{t('persona.label')}</span>{' '}
            <span className="account-button-value">{t(`persona.${persona}`)}</span>
          </>
        ) : (
          t('account.button')
        )}
      </button>
      <div id="account-panel" className="account-panel" data-open={open || undefined}>
        {embedded ? (
          <PersonaSwitcher />
        ) : (
          <Suspense fallback={null}>
            <SignIn />
          </Suspense>
        )}
        <button
          type="button"
          className="header-button language-toggle"
          lang={other}
          aria-label={t('app.language.switchToLabel')}
          onClick={() => void setLanguage(other)}
        >
          {t('app.language.switchTo')}
        </button>
      </div>
    </div>
  );
}
