import { useTranslation } from 'react-i18next';
import { useIdentity } from '../../../data/queries/identity';
import { useNotifications } from '../api/notifications';

/** The unread count for a button that hides the notifications (the narrow screen's "Menu"). */
export function UnreadCount() {
  const { t } = useTranslation();
  const signedIn = !!useIdentity().data?.organisation_id;
  const { data: notifications } = useNotifications(signedIn);
  const unread = notifications?.filter((n) => !n.read).length ?? 0;
  if (!unread) return null;
  return (
    <span className="badge">
      {unread}
      <span className="visually-hidden"> {t('notifications.unread')}</span>
    </span>
  );
}
