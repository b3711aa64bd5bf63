import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../../data/queries/identity';
import { useDisclosure } from '../../../lib/use-disclosure';
import { Link } from '@tanstack/react-router';
import { useMarkNotificationsRead, useNotifications } from '../api/notifications';
import { notificationTarget } from '../notification-target';

/** A badge with the unread count and the list, for signed-in people only. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const { data: identity } = useIdentity();
  const signedIn = !!identity?.organisation_id;
  const { data: notifications } = useNotifications(signedIn);
  const markRead = useMarkNotificationsRead();
  // Escape closes the list from the button or from inside it (focus back on the button); a
  // click or focus elsewhere closes it too, as the header's other panels do.
  const { open, toggle, close, button, container, onKeyDown } = useDisclosure();
  if (!signedIn || !notifications) return null;
  const unread = notifications.filter((n) => !n.read).length;
  const when = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
      day: 'numeric',
      month: 'short',
    });

  return (
    <div className="notifications" ref={container} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls="notification-list"
        onClick={toggle}
      >
        {t('notifications.button')}
        {unread ? (
          <span className="badge">
            {unread}
            <span className="visually-hidden"> {t('notifications.unread')}</span>
          </span>
        ) : null}
      </button>
      {open ? (
        <section
          id="notification-list"
          className="notification-list"
          aria-labelledby="notification-heading"
        >
          <h2 id="notification-heading">{t('notifications.heading')}</h2>
          {notifications.length ? (
            <ul>
              {notifications.map((n) => (
                <li key={n.id} data-unread={!n.read || undefined}>
                  <span className="muted">{when(n.created_at)}</span>{' '}
                  {/* To where it is answered or what it is about; the list closes. */}
                  <Link {...notificationTarget(n)} onClick={close}>
                    {t(`notificationKind.${n.kind}`, { subject: n.subject })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('notifications.empty')}</p>
          )}
          {unread ? (
            <button type="button" className="secondary" onClick={() => markRead.mutate()}>
              {t('notifications.markRead')}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
