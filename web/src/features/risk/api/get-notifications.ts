import { collection, limit, onSnapshot, orderBy, query, where } from 'firebase/firestore';
import { paths, riskNotificationSchema, type RiskNotification } from '@domain';
import { readDocuments, type WithId } from '@/lib/collections';
import { zodConverter } from '@/lib/converters';
import { db } from '@/lib/firestore';
import { useLiveQuery } from '@/lib/live-query';
import { queryKeys } from '@/lib/query-keys';

const notificationConverter = zodConverter(riskNotificationSchema);

/** Notifications (one per day with rises) listed in the bell, newest first. */
export const RECENT_NOTIFICATIONS = 20;
/** Unread notifications counted; more show as this number. */
export const UNREAD_COUNT_LIMIT = 99;

export type RiskNotificationWithId = WithId<RiskNotification>;

export type NotificationsState = {
  recent: RiskNotificationWithId[];
  unreadCount: number;
};

export const notificationsCollection = (uid: string) =>
  collection(db, `${paths.user(uid)}/notifications`).withConverter(notificationConverter);

/**
 * Follows the user's notifications: the latest ones for the list and, separately, the unread
 * ones for the count (an unread notice may be older than the latest twenty). Both queries use
 * single-field indexes only. Emits once both listeners have answered.
 */
export function subscribeToNotifications(
  uid: string,
  onNext: (state: NotificationsState) => void,
  onError: (error: unknown) => void,
): () => void {
  const ref = notificationsCollection(uid);
  let recent: RiskNotificationWithId[] | null = null;
  let unreadCount: number | null = null;
  const emit = () => {
    if (recent !== null && unreadCount !== null) onNext({ recent, unreadCount });
  };
  const stopRecent = onSnapshot(
    query(ref, orderBy('createdAt', 'desc'), limit(RECENT_NOTIFICATIONS)),
    (snapshot) => {
      recent = readDocuments(snapshot).items;
      emit();
    },
    onError,
  );
  const stopUnread = onSnapshot(
    query(ref, where('read', '==', false), limit(UNREAD_COUNT_LIMIT)),
    (snapshot) => {
      unreadCount = snapshot.size;
      emit();
    },
    onError,
  );
  return () => {
    stopRecent();
    stopUnread();
  };
}

export function useNotifications(uid: string, enabled = true) {
  return useLiveQuery<NotificationsState>(
    queryKeys.notifications(uid),
    enabled ? (onNext, onError) => subscribeToNotifications(uid, onNext, onError) : null,
  );
}
