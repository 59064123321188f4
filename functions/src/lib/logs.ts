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
};
