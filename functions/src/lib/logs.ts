import { logger } from 'firebase-functions/v2';

// Every log line has a name, so logs can be searched by event.
export const logs = {
  pupilCountUpdated: (schoolId: string, classId: string, count: number) =>
    logger.info('pupilCountUpdated', { schoolId, classId, count }),
};
