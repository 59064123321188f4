import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import type { StaffMember } from '../lib/types';

/** Display name of a uid: the colleague's name when known, else a labelled uid. */
export function useStaffName(staff: StaffMember[]): (uid: string) => string {
  const { t } = useTranslation('staff');
  const names = new Map(staff.map((s) => [s.id, s.displayName]));
  return (uid) => names.get(uid) ?? t('common.unknownUser', { uid });
}

/** The colleagues' names, comma separated, or `none` when there is nobody. */
export function nameList(name: (uid: string) => string, uids: string[], none: string): string {
  return uids.length > 0 ? uids.map(name).join(', ') : none;
}
