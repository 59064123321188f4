import { logger } from 'firebase-functions/v2';

// Named log lines of the monitoring functions (kept apart from lib/logs.ts, which others edit).
export const monitoringLogs = {
  facts: (schoolId: string, pupilId: string, status: string) =>
    logger.debug('monitoringFactsRecomputed', { schoolId, pupilId, status }),
  classMonitoring: (schoolId: string, classId: string, status: string) =>
    logger.info('classMonitoringRecomputed', { schoolId, classId, status }),
  schoolMonitoring: (schoolId: string, statuses: Record<string, string>) =>
    logger.info('schoolMonitoringRecomputed', { schoolId, statuses }),
  districtMonitoring: (districtId: string, period: string, status: string) =>
    logger.info('districtMonitoringRecomputed', { districtId, period, status }),
  regionMonitoring: (regionId: string, period: string, status: string) =>
    logger.info('regionMonitoringRecomputed', { regionId, period, status }),
  reportFrozen: (path: string, created: boolean) =>
    logger.info('monitoringReportFrozen', { path, created }),
};
