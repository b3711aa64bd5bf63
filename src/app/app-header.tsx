import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../data/data-context';
import { useIdentity } from '../data/queries/identity';
import { setLanguage } from '../lib/i18n';
import { Link } from '@tanstack/react-router';
import type { MapSearch } from '../lib/search-params';
import { JOURNEY_PATHS, useUrlState } from '../lib/url-state';
import { JOURNEY_NAV } from './journeys';
import { PersonaSwitcher } from './persona-switcher';

// Sign-in only exists with Supabase; the embedded app never loads it.
const NotificationBell = lazy(() =>
  import('../features/notifications/components/notification-bell').then((m) => ({
    default: m.NotificationBell,
  })),
);
const SignIn = lazy(() => import('./sign-in').then((m) => ({ default: m.SignIn })));

export function AppHeader() {
  const { t, i18n } = useTranslation();
  const journey = useUrlState((s) => s.journey);
  const other = i18n.language === 'en' ? 'nl' : 'en';
  const { state } = useDataContext();
  const signedIn = useIdentity().data?.organisation_id != null;

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
              {/* The province comes along; a journey's own filters, selection and camera stay
                  its own. */}
              <Link
                to={JOURNEY_PATHS[item.id]}
                search={(prev: MapSearch) => ({ provincie: prev.provincie })}
                aria-current={journey === item.id ? 'page' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        {/* Only people with an organisation get notifications; a visitor never loads the bell. */}
        {signedIn ? (
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
        ) : null}
        {state.backend === 'embedded' ? (
          <PersonaSwitcher />
        ) : (
          <Suspense fallback={null}>
            <SignIn />
          </Suspense>
        )}
        <button
          type="button"
          className="language-toggle"
          lang={other}
          aria-label={t('app.language.switchToLabel')}
          onClick={() => void setLanguage(other)}
        >
          {t('app.language.switchTo')}
        </button>
      </div>
    </header>
  );
}
