/**
 * Transitions (issue 14): when a pupil moves to another school of the network, a handover
 * sheet goes with them and the receiving school is asked, at the end of its first term,
 * whether the pupil is still enrolled and how the marks went. A pupil no longer enrolled
 * anywhere in the network by `confirmBy` becomes a red "left school" case: by name for the
 * sending school until the receiving school confirms, as a count for the Ambito.
 *
 * `transitions/{transferRequestId}` is top-level, like `transferRequests`, because both
 * schools read it and neither owns it: the pupil's documents move to the receiving school,
 * while the sending school must keep seeing what became of the pupil. Written by functions
 * only (the transfer job, the confirmation callable, the daily check). Pure.
 */
import { z } from 'zod';
import { dateSchema, idSchema, optionalText, text } from './common';
import { cefrLevelSchema } from './l2';
import { TRACKS } from './orientation';
import { INTERVENTION_TYPES, L2_DOMAINS } from './records';

export const TRANSITION_STATUSES = ['pending', 'confirmed', 'leftSchool'] as const;
export type TransitionStatus = (typeof TRANSITION_STATUSES)[number];

/** Days after the end of the receiving school's first term to answer before the check. */
export const TRANSITION_CONFIRM_GRACE_DAYS = 30;
/** At most this many items in each list of the handover sheet. */
export const HANDOVER_MAX_ITEMS = 10;

export const handoverSchema = z.object({
  homeLanguages: z.array(z.string()),
  nai: z.boolean(),
  pdp: z.boolean(),
  /** Latest overall level per domain (communication, study). */
  l2Levels: z.array(
    z.object({ domain: z.enum(L2_DOMAINS), level: cefrLevelSchema, date: dateSchema }),
  ),
  /** What helped: the interventions and sessions with the most hours or an outcome. */
  whatHelped: z.array(
    z.object({
      kind: z.enum(['intervention', 'tutoring', 'peer']),
      label: z.string(),
      hours: z.number().min(0).nullable(),
      outcome: z.string(),
    }),
  ),
  openInterventions: z.array(
    z.object({ type: z.enum(INTERVENTION_TYPES), goal: z.string(), start: dateSchema }),
  ),
  orientation: z
    .object({
      schoolYear: z.string(),
      orientationHours: z.number().min(0),
      recommendedTrack: z.enum(TRACKS).nullable(),
      recommendedCourse: z.string(),
      familyTrack: z.enum(TRACKS).nullable(),
      enrolledSchool: z.string(),
      enrolledTrack: z.enum(TRACKS).nullable(),
      strengthSubjects: z.array(z.string()),
      interests: z.string(),
    })
    .nullable(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const transitionConfirmationSchema = z.object({
  stillEnrolled: z.boolean(),
  /** Mean of the first term's marks at the receiving school, when known. */
  meanMark: z.number().min(0).max(10).nullable(),
  notes: z.string(),
  byUid: idSchema,
  at: dateSchema,
});

/** `transitions/{transferRequestId}`: functions write it; both schools' heads (and referents) read it. */
export const transitionSchema = z.strictObject({
  transferRequestId: idSchema,
  pupilId: idSchema,
  pupilName: z.string(),
  fromSchoolId: idSchema,
  fromSchoolName: z.string(),
  toSchoolId: idSchema,
  toSchoolName: z.string(),
  districtId: z.string().nullable(),
  movedAt: dateSchema,
  /** End of the receiving school's first term: the follow-up task is due then. */
  checkDue: dateSchema,
  /** After this day, a pupil not enrolled anywhere in the network left school. */
  confirmBy: dateSchema,
  status: z.enum(TRANSITION_STATUSES),
  handover: handoverSchema,
  confirmation: transitionConfirmationSchema.nullable(),
  leftSchoolAt: dateSchema.nullable(),
});
export type Transition = z.infer<typeof transitionSchema>;

/** Input of the `confirmTransition` callable (the receiving school answers its task). */
export const confirmTransitionInputSchema = z.strictObject({
  transitionId: idSchema,
  stillEnrolled: z.boolean(),
  meanMark: z.number({ error: 'validation.number' }).min(1).max(10).nullable(),
  notes: optionalText(1000),
});
export type ConfirmTransitionInput = z.infer<typeof confirmTransitionInputSchema>;

/** Name a pupil goes by on the sheets: "Cognome Nome". */
export const pupilNameSchema = text(200);
