import { logger } from 'firebase-functions/v2';

// Named log lines of the stats functions (kept apart from lib/logs.ts, which others edit).
export const statsLogs = {
  classStats: (schoolId: string, classId: string, status: string, pupils: number) =>
    logger.info('classStatsRecomputed', { schoolId, classId, status, pupils }),
  schoolStats: (schoolId: string, status: string, classes: number) =>
    logger.info('schoolStatsRecomputed', { schoolId, status, classes }),
  districtStats: (districtId: string, status: string, schools: number) =>
    logger.info('districtStatsRecomputed', { districtId, status, schools }),
  skipped: (target: string, reason: string) => logger.warn('statsSkipped', { target, reason }),
  allRecomputed: (schools: number, classes: number, districts: number, ms: number) =>
    logger.info('allStatsRecomputed', { schools, classes, districts, ms }),
};
