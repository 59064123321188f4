import { z } from 'zod';
import { dateSchema, idSchema, text } from './common';
import { paths } from './paths';
import { RECORD_KINDS } from './records';

// A pupil changes school as a request the receiving head accepts; the copy is then a job that
// may be retried. What is copied, what is left behind and where it goes is decided here.

export const TRANSFER_STATUSES = [
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'completed',
] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** `transferRequests/{requestId}`: written by functions only; read by the two schools' heads. */
export const transferRequestSchema = z.strictObject({
  fromSchoolId: idSchema,
  toSchoolId: idSchema,
  pupilId: idSchema,
  /**
   * What the receiving head needs to recognise the request before any data moves: the pupil's
   * "Cognome Nome" and the sending school's name.
   */
  pupilName: text(200),
  fromSchoolName: text(200),
  toSchoolName: text(200),
  /**
   * Class at the receiving school: null until its head chooses it on accepting (the sender
   * cannot read the other school's classes), unless the sender proposed one.
   */
  toClassId: idSchema.nullable(),
  requestedBy: idSchema,
  requestedAt: dateSchema,
  status: z.enum(TRANSFER_STATUSES),
  decidedBy: idSchema.nullable(),
  decidedAt: dateSchema.nullable(),
  /** The job's step: set once every record is at the receiving school (pupil not yet). */
  copiedAt: dateSchema.nullable(),
  completedAt: dateSchema.nullable(),
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const respondToTransferInputSchema = z.strictObject({
  requestId: idSchema,
  accept: z.boolean(),
  /**
   * The receiving school's class: required to accept a request that has none, otherwise it
   * replaces the one proposed.
   */
  toClassId: idSchema.optional(),
});
export type RespondToTransferInput = z.infer<typeof respondToTransferInputSchema>;

export const cancelTransferInputSchema = z.strictObject({ requestId: idSchema });

/** One open request per pupil and sending school: the id says which. */
export function transferRequestId(fromSchoolId: string, pupilId: string): string {
  return `${fromSchoolId}--${pupilId}`;
}

/** A request still waiting for, or in the middle of, its decision and copy. */
export function isOpenTransfer(status: TransferStatus): boolean {
  return status === 'requested' || status === 'accepted';
}

/**
 * Stands for the sending school's staff in what is copied: uids and names of the old school's
 * people mean nothing at the new one and are not theirs to know.
 */
export const TRANSFERRED_AUTHOR = 'transferred';
export const TRANSFERRED_NAME = 'Scuola di provenienza';

/** Subcollections that move with the pupil. `risk/current` is recomputed at the destination. */
export const TRANSFERRED_COLLECTIONS = [...RECORD_KINDS, 'riskHistory', 'orientation'] as const;

type Data = Record<string, unknown>;

/** Fields naming the sending school's staff, per subcollection, and what replaces them. */
const STAFF_FIELDS: Record<string, Data> = {
  l2Assessments: { assessorName: TRANSFERRED_NAME },
  tutoringSessions: { educatorUid: TRANSFERRED_AUTHOR, planId: null },
  interventions: { ownerUid: TRANSFERRED_AUTHOR },
  riskHistory: { byName: '' },
};
const DROPPED_FIELDS = ['updatedBy', 'byUid'];

export interface TransferCopy {
  path: string;
  data: Data;
}

export interface TransferPlan {
  /** Written first, in batches; overwriting them again on a retry changes nothing. */
  records: TransferCopy[];
  /** Written last, in the transaction that deletes the source pupil. */
  pupil: TransferCopy;
  /** Subcollections left behind (recomputed or unknown). */
  skipped: string[];
}

function strip(collection: string, data: Data, toSchoolId: string): Data {
  const out: Data = { ...data };
  for (const field of DROPPED_FIELDS) delete out[field];
  for (const [field, value] of Object.entries(STAFF_FIELDS[collection] ?? {})) {
    if (field in out) out[field] = value;
  }
  if ('schoolId' in out) out.schoolId = toSchoolId;
  if ('createdBy' in out) out.createdBy = TRANSFERRED_AUTHOR;
  return out;
}

/**
 * What a transfer writes at the receiving school: every record and the risk history at the
 * same ids under the same pupil id (so a retried copy overwrites instead of duplicating), with
 * the sending school's staff stripped (authors, assignments, assessor names, plans), and the
 * pupil placed in `toClassId` with nobody assigned. Throws if the request has no class yet.
 */
export function planTransferCopy(
  request: Pick<TransferRequest, 'toSchoolId' | 'toClassId' | 'pupilId'>,
  source: { pupil: Data; collections: Record<string, { id: string; data: Data }[]> },
  now: Date,
): TransferPlan {
  const { toSchoolId, toClassId, pupilId } = request;
  // respondToTransfer refuses to accept without a class, so only a corrupt request lands here.
  if (toClassId === null) throw new Error('An accepted transfer has no destination class.');
  const moved: readonly string[] = TRANSFERRED_COLLECTIONS;
  const records: TransferCopy[] = [];
  for (const [collection, docs] of Object.entries(source.collections)) {
    if (!moved.includes(collection)) continue;
    for (const doc of docs) {
      records.push({
        path: `${paths.pupil(toSchoolId, pupilId)}/${collection}/${doc.id}`,
        data: strip(collection, doc.data, toSchoolId),
      });
    }
  }
  const pupil = {
    ...strip('pupil', source.pupil, toSchoolId),
    classId: toClassId,
    assignedUids: [],
    updatedAt: now,
  };
  return {
    records,
    pupil: { path: paths.pupil(toSchoolId, pupilId), data: pupil },
    skipped: Object.keys(source.collections).filter((c) => !moved.includes(c)),
  };
}
