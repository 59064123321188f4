// Entry point for firebase-tools: re-exports only, one file per function.
export { onPupilWritten } from './triggers/on-pupil-written';
