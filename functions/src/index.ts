// Entry point for firebase-tools: re-exports only, one file per function.
export { onPupilWritten } from './triggers/on-pupil-written';
export { onPupilRecordWritten } from './triggers/on-pupil-record-written';
export { onPupilAudited, onRecordAudited } from './triggers/on-pupil-data-written';
export { onSchoolUpdated } from './triggers/on-school-updated';
export { nightlyRisk } from './scheduled/nightly-risk';
export { reviewFlag } from './callables/review-flag';
export { saveThresholds } from './callables/save-thresholds';
export { inviteStaff } from './callables/invite-staff';
export { setStaffRole } from './callables/set-staff-role';
export { revokeStaff } from './callables/revoke-staff';
export { exportPupil } from './callables/export-pupil';
export { erasePupil } from './callables/erase-pupil';
export { transferPupil } from './callables/transfer-pupil';
export { respondToTransfer } from './callables/respond-to-transfer';
export { cancelTransfer } from './callables/cancel-transfer';
export { resendInvitation } from './callables/resend-invitation';
export { acceptInvitation } from './callables/accept-invitation';
export { expireInvitationsHourly } from './scheduled/expire-invitations';
export { onRiskWritten } from './triggers/on-risk-written';
export { onSchoolStatsWritten } from './triggers/on-school-stats-written';
export { recomputeStats } from './callables/recompute-stats';
export { createSchool } from './callables/create-school';
export { updateSchool } from './callables/update-school';
export { onDistrictAudited } from './triggers/on-district-written';
export { sendReferral } from './callables/send-referral';
export { sendReferralBack } from './callables/send-referral-back';
export { updateReferralStatus } from './callables/update-referral-status';
export { withdrawReferralConsent } from './callables/withdraw-referral-consent';
export { inviteOperator } from './callables/invite-operator';
export { onReferralWritten } from './triggers/on-referral-written';
export { nightlyReferralStats } from './scheduled/nightly-referral-stats';
export {
  onMonitoringSourceWritten,
  onMonitoringPupilWritten,
  onMonitoringReferralWritten,
} from './triggers/on-monitoring-source-written';
export {
  onMonitoringFactsWritten,
  onSchoolMonitoringWritten,
  onDistrictMonitoringWritten,
} from './triggers/on-monitoring-facts-written';
export { freezeReport } from './callables/freeze-report';
export { onOrientationWritten } from './triggers/on-orientation-written';
export { onOrientationTransitionWritten } from './triggers/on-orientation-transition-written';
export { confirmTransition } from './callables/confirm-transition';
export { checkTransitionsDaily } from './scheduled/check-transitions';
export { importServices } from './callables/import-services';
export { onDirectoryAudited } from './triggers/on-directory-written';
