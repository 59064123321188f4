import { useLanguage } from '@/lib/i18n';
import { type Role } from '@domain';
import { logs } from '@/lib/logs';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationsRead } from '../api/mark-notification-read';
import { receivesRiskAlerts } from '../lib/permissions';
import { NotificationsBellView } from './notifications-bell-view';

type NotificationsBellProps = { uid: string; role: Role };

/** The header's bell, for the roles the functions alert when a pupil's level rises. */
export function NotificationsBell({ uid, role }: NotificationsBellProps) {
  if (!receivesRiskAlerts(role)) return null;
  return <LiveNotificationsBell uid={uid} />;
}

function LiveNotificationsBell({ uid }: { uid: string }) {
  const language = useLanguage();
  const state = useNotifications(uid);
  const markRead = useMarkNotificationsRead();
  return (
    <NotificationsBellView
      state={state}
      language={language}
      onMarkRead={(ids) =>
        markRead.mutate(
          { uid, ids },
          { onError: (error) => logs.unexpectedError('notifications.markRead', error) },
        )
      }
    />
  );
}
