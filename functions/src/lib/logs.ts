import { logger } from 'firebase-functions/v2';

// Every log line has a name, so logs can be searched by event.
export const logs = {
  pupilCountUpdated: (schoolId: string, classId: string, count: number) =>
    logger.info('pupilCountUpdated', { schoolId, classId, count }),
  invalidDocument: (path: string, issues: string[]) =>
    logger.warn('invalidDocument', { path, issues }),
  riskUpdated: (schoolId: string, pupilId: string, level: string, changed: boolean) =>
    logger.info('riskUpdated', { schoolId, pupilId, level, changed }),
  riskSkipped: (schoolId: string, pupilId: string, reason: string) =>
    logger.info('riskSkipped', { schoolId, pupilId, reason }),
  schoolRecomputed: (schoolId: string, pupils: number, changed: number) =>
    logger.info('schoolRecomputed', { schoolId, pupils, changed }),
  callableRefused: (name: string, uid: string | undefined, reason: string) =>
    logger.warn('callableRefused', { name, uid, reason }),
  audit: (action: string, schoolId: string, target: string) =>
    logger.info('audit', { action, schoolId, target }),
  invitationSent: (uid: string, expiresAt: string, emulator: boolean) =>
    logger.info('invitationSent', {
      uid,
      expiresAt,
      delivery: emulator
        ? 'Auth emulator: see its log or /emulator/v1/projects/<project>/oobCodes'
        : 'Firebase Auth password-reset email',
    }),
  invitationExpired: (uid: string) => logger.info('invitationExpired', { uid }),
  staffRevoked: (uid: string, notifications: number) =>
    logger.info('staffRevoked', { uid, notifications }),
  transfer: (requestId: string, step: string) => logger.info('transfer', { requestId, step }),
};
