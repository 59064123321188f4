import { describe, expect, it } from 'vitest';
import {
  EMULATOR_FAKE_AUTHOR,
  RECORD_KINDS,
  STORED_RECORD_SCHEMAS,
  auditActor,
  auditFieldLabel,
  auditTarget,
  paths,
  pupilSchema,
} from '@domain';

describe('auditActor', () => {
  const record = { createdBy: 'teacher-a', notes: '' };

  it('names the author of a new document, not the emulator’s stand-in', () => {
    expect(
      auditActor({
        before: null,
        after: record,
        authType: 'unknown',
        authId: EMULATOR_FAKE_AUTHOR,
      }),
    ).toBe('teacher-a');
  });

  it('prefers updatedBy, and an end user’s id for an update by someone else', () => {
    expect(auditActor({ before: record, after: { ...record, updatedBy: 'coord-b' } })).toBe(
      'coord-b',
    );
    expect(
      auditActor({
        before: record,
        after: { ...record, notes: 'x' },
        authType: 'app_user',
        authId: 'coord-b',
      }),
    ).toBe('coord-b');
  });

  it('never takes a service account or an email-like id', () => {
    expect(
      auditActor({ before: null, after: {}, authType: 'service_account', authId: 'svc' }),
    ).toBeNull();
    expect(
      auditActor({ before: null, after: {}, authType: 'unknown', authId: 'x@gmail.com' }),
    ).toBeNull();
  });
});

describe('auditTarget', () => {
  it('reads pupils, records, users and transfer requests back from their paths', () => {
    expect(auditTarget(paths.pupil('s', 'p'))).toEqual({
      kind: 'pupil',
      schoolId: 's',
      pupilId: 'p',
    });
    expect(auditTarget(`${paths.records('s', 'p', 'familyMeetings')}/r1`)).toEqual({
      kind: 'record',
      schoolId: 's',
      pupilId: 'p',
      recordKind: 'familyMeetings',
    });
    expect(auditTarget(paths.user('u'))).toEqual({ kind: 'user', uid: 'u' });
    expect(auditTarget(paths.transferRequest('s--p'))).toEqual({
      kind: 'transferRequest',
      requestId: 's--p',
    });
    expect(auditTarget('schools/s/pupils/p/risk/current')).toEqual({ kind: 'other' });
  });
});

describe('audit field labels', () => {
  it('every field of a pupil and of every record has an Italian and an English label', () => {
    const fields = new Set(Object.keys(pupilSchema.shape));
    for (const kind of RECORD_KINDS) {
      const schema = STORED_RECORD_SCHEMAS[kind] as unknown as {
        shape?: Record<string, unknown>;
        _zod: { def: { in?: { shape: Record<string, unknown> } } };
      };
      for (const f of Object.keys(schema.shape ?? schema._zod.def.in?.shape ?? {})) fields.add(f);
    }
    expect(fields.size).toBeGreaterThan(40);
    for (const f of fields) {
      expect(auditFieldLabel(f, 'it'), f).not.toBe(f);
      expect(auditFieldLabel(f, 'en'), f).not.toBe(f);
    }
  });
});
