// Entry point for firebase-tools: re-exports only, one file per function.
export { onPupilWritten } from './triggers/on-pupil-written';
export { onPupilRecordWritten } from './triggers/on-pupil-record-written';
export { onSchoolUpdated } from './triggers/on-school-updated';
export { nightlyRisk } from './scheduled/nightly-risk';
export { reviewFlag } from './callables/review-flag';
