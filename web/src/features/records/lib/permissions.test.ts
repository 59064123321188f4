import { describe, expect, it } from 'vitest';
import type { RecordKind, Role } from '@domain';
import { canAmend, canLog, readableKinds, readableRecords } from './permissions';
import { pupilScope } from '../testing/records-fixtures';
import type { Viewer } from './types';

const scope = pupilScope({ teacherUids: ['teach', 'coord'], assignedUids: ['l2', 'edu', 'med'] });
const viewer = (uid: string, role: Role): Viewer => ({ uid, role, displayName: uid });

const loggable = (v: Viewer): RecordKind[] =>
  readableKinds(v).filter((kind) => canLog(v, scope, kind));

describe('canLog mirrors the rules', () => {
  it.each<[string, Viewer, RecordKind[]]>([
    [
      'teacher of the class',
      viewer('teach', 'teacher'),
      ['l2Assessments', 'tutoringSessions', 'peerSessions', 'familyMeetings', 'termRecords'],
    ],
    ['teacher of another class', viewer('other', 'teacher'), []],
    [
      'assigned L2 teacher',
      viewer('l2', 'l2teacher'),
      ['l2Assessments', 'tutoringSessions', 'peerSessions', 'familyMeetings'],
    ],
    ['assigned educator', viewer('edu', 'educator'), ['tutoringSessions', 'peerSessions']],
    ['assigned mediator', viewer('med', 'mediator'), ['familyMeetings']],
    [
      'class coordinator',
      viewer('coord', 'coordinator'),
      [
        'l2Assessments',
        'tutoringSessions',
        'peerSessions',
        'familyMeetings',
        'termRecords',
        'interventions',
      ],
    ],
    [
      'referent',
      viewer('ref', 'referent'),
      ['l2Assessments', 'tutoringSessions', 'peerSessions', 'familyMeetings', 'interventions'],
    ],
    ['head', viewer('head', 'head'), ['interventions']],
  ])('%s', (_label, v, kinds) => {
    expect(loggable(v)).toEqual(kinds);
  });

  it('reads an educator’s interventions by owner only, and every kind whole for the others', () => {
    expect(readableRecords(viewer('edu', 'educator'))).toContainEqual({
      kind: 'interventions',
      ownerUid: 'edu',
    });
    expect(readableRecords(viewer('edu', 'educator')).filter((r) => r.ownerUid !== null)).toEqual([
      { kind: 'interventions', ownerUid: 'edu' },
    ]);
    expect(readableRecords(viewer('med', 'mediator'))).toEqual([
      { kind: 'familyMeetings', ownerUid: null },
    ]);
    expect(readableRecords(viewer('coord', 'coordinator')).every((r) => r.ownerUid === null)).toBe(
      true,
    );
  });

  it('hides marks from educators and mediators', () => {
    expect(readableKinds(viewer('edu', 'educator'))).not.toContain('termRecords');
    expect(readableKinds(viewer('med', 'mediator'))).not.toContain('termRecords');
    expect(readableKinds(viewer('teach', 'teacher'))).toContain('termRecords');
  });
});

describe('canAmend', () => {
  it('lets the author, the coordinator and the referent edit, not another teacher', () => {
    expect(canAmend(viewer('teach', 'teacher'), scope, 'termRecords', 'teach')).toBe(true);
    expect(canAmend(viewer('coord', 'coordinator'), scope, 'termRecords', 'teach')).toBe(true);
    expect(canAmend(viewer('ref', 'referent'), scope, 'familyMeetings', 'med')).toBe(true);
    expect(canAmend(viewer('teach', 'teacher'), scope, 'familyMeetings', 'med')).toBe(false);
    // The referent cannot log marks, so cannot amend them either (the rules require both).
    expect(canAmend(viewer('ref', 'referent'), scope, 'termRecords', 'teach')).toBe(false);
  });
});
