// Entry point for firebase-tools: re-exports only, one file per function.
export { onPupilWritten } from './triggers/on-pupil-written';
export { onPupilRecordWritten } from './triggers/on-pupil-record-written';
export { onPupilAudited, onRecordAudited } from './triggers/on-pupil-data-written';
export { onSchoolUpdated } from './triggers/on-school-updated';
export { nightlyRisk } from './scheduled/nightly-risk';
export { reviewFlag } from './callables/review-flag';
export { inviteStaff } from './callables/invite-staff';
export { setStaffRole } from './callables/set-staff-role';
export { revokeStaff } from './callables/revoke-staff';
export { exportPupil } from './callables/export-pupil';
export { erasePupil } from './callables/erase-pupil';
export { transferPupil } from './callables/transfer-pupil';
export { onRiskWritten } from './triggers/on-risk-written';
export { onSchoolStatsWritten } from './triggers/on-school-stats-written';
export { recomputeStats } from './callables/recompute-stats';
