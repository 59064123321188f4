import { serverTimestamp } from 'firebase/firestore';

/**
 * The metadata of a new document under a pupil: its school and pupil, its author, and server
 * timestamps (the rules demand createdAt == updatedAt == request.time). The author is also its
 * first editor.
 */
export function creationStamp(scope: { schoolId: string; pupilId: string }, uid: string) {
  return {
    schoolId: scope.schoolId,
    pupilId: scope.pupilId,
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

/**
 * What an edit of such a document adds: the server time and the editor, who signs the change
 * (the rules demand it): the audit log credits them, not the author.
 */
export function editStamp(uid: string) {
  return { updatedAt: serverTimestamp(), updatedBy: uid };
}
