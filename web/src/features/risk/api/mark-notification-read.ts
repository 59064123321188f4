import { useMutation } from '@tanstack/react-query';
import { doc, writeBatch } from 'firebase/firestore';
import { paths } from '@domain';
import { db } from '@/lib/firestore';

const notificationRef = (uid: string, id: string) =>
  doc(db, `${paths.user(uid)}/notifications/${id}`);

/** Marks notifications read in one batch; the rules let the owner change `read` only. */
export function markNotificationsRead(uid: string, ids: readonly string[]): Promise<void> {
  const batch = writeBatch(db);
  for (const id of ids) batch.update(notificationRef(uid, id), { read: true });
  return batch.commit();
}

/** The bell's listener (get-notifications.ts) shows the change: nothing to invalidate. */
export function useMarkNotificationsRead() {
  return useMutation({
    // The write goes to the local cache first; offline it must not wait for the network.
    networkMode: 'always',
    mutationFn: ({ uid, ids }: { uid: string; ids: readonly string[] }) =>
      markNotificationsRead(uid, ids),
  });
}
