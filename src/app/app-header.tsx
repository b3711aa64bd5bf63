import { useTranslation } from 'react-i18next';
import { useDataContext } from '../data/data-context';
import { setLanguage } from '../lib/i18n';
import { buildUrl, useUrlState } from '../lib/url-state';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { JOURNEY_NAV } from './journeys';
import { PersonaSwitcher } from './persona-switcher';
import { SignIn } from './sign-in';

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const journey = useUrlState((s) => s.journey);
  const province = useUrlState((s) => s.province);
  const selection = useUrlState((s) => s.selection);
  const setJourney = useUrlState((s) => s.setJourney);
  const other = i18n.language === 'en' ? 'nl' : 'en';
  const { state } = useDataContext();

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <p className="brand-name">{t('app.name')}</p>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <nav aria-label={t('nav.label')} className="main-nav">
        <ul>
          {JOURNEY_NAV.filter((item) => !item.hidden).map((item) => (
            <li key={item.id}>
              <a
                href={buildUrl({ journey: item.id, province, selection })}
                aria-current={journey === item.id ? 'page' : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                    return;
                  event.preventDefault();
                  setJourney(item.id);
                }}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <NotificationBell />
        {state.backend === 'embedded' ? <PersonaSwitcher /> : <SignIn />}
        <button
          type="button"
          className="language-toggle"
          lang={other}
          aria-label={t('app.language.switchToLabel')}
          onClick={() => setLanguage(other)}
        >
          {t('app.language.switchTo')}
        </button>
      </div>
    </header>
  );
}
