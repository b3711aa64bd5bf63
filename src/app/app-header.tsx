import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useIdentity } from '../data/queries/identity';
import { loadJourneyTexts } from '../lib/i18n';
import { Link } from '@tanstack/react-router';
import type { MapSearch } from '../lib/search-params';
import { JOURNEY_PATHS, useUrlState } from '../lib/url-state';
import { useDisclosure } from '../lib/use-disclosure';
import { AccountMenu } from './account-menu';
import { JOURNEY_NAV } from './journeys';

// The list names each kind of notification in the journeys' texts, so it waits for them too.
const NotificationBell = lazy(() =>
  Promise.all([
    import('../features/notifications/components/notification-bell'),
    loadJourneyTexts(),
  ]).then(([m]) => ({ default: m.NotificationBell })),
);
const UnreadCount = lazy(() =>
  import('../features/notifications/components/unread-count').then((m) => ({
    default: m.UnreadCount,
  })),
);

/**
 * One row on every width: on wide screens brand, navigation, notifications and the account
 * button; on narrower ones brand and a "Menu" button (with the unread count) that opens the same
 * in the same order below the header.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const journey = useUrlState((s) => s.journey);
  const signedIn = useIdentity().data?.organisation_id != null;
  const { open, toggle, close, button, container, onKeyDown } = useDisclosure<HTMLElement>();

  return (
    <header className="app-header" ref={container} onKeyDown={onKeyDown}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <p className="brand-name">{t('app.name')}</p>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <button
        ref={button}
        type="button"
        className="header-button menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={toggle}
      >
        {t('nav.menu')}
        {signedIn ? (
          <Suspense fallback={null}>
            <UnreadCount />
          </Suspense>
        ) : null}
      </button>
      <div id="site-menu" className="site-menu" data-open={open || undefined}>
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
                  onClick={close}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* Only people with an organisation get notifications; a visitor never loads the bell. */}
        {signedIn ? (
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
        ) : null}
        <AccountMenu />
      </div>
    </header>
  );
}
