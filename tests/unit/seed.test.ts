import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ASSIGNMENT_ROLES,
  ROLES,
  SCHOOL_ROLES,
  assessRisk,
  familyMeetingSchema,
  interventionSchema,
  isNai,
  l2AssessmentSchema,
  peerSessionSchema,
  pupilSchema,
  recordMetaSchema,
  roleClaimsSchema,
  schoolClassSchema,
  schoolSchema,
  termRecordSchema,
  tutoringSessionSchema,
  userProfileSchema,
  yearsBehind,
  type RecordKind,
  type SchoolClass,
} from '../../functions/src/domain';
import {
  DEMO_PASSWORD,
  DEMO_TEACHER_CLASS_IDS,
  DEMO_UIDS,
  codiceFiscale,
  generateDemo,
  type DemoData,
  type DemoRecord,
} from '../../scripts/seed/generate';
import { claimsOf, profileOf } from '../../scripts/seed/write';

const RECORD_SCHEMAS: Record<RecordKind, z.ZodType> = {
  l2Assessments: l2AssessmentSchema.safeExtend(recordMetaSchema.shape),
  tutoringSessions: tutoringSessionSchema.safeExtend(recordMetaSchema.shape),
  peerSessions: peerSessionSchema.safeExtend(recordMetaSchema.shape),
  familyMeetings: familyMeetingSchema.safeExtend(recordMetaSchema.shape),
  termRecords: termRecordSchema.safeExtend(recordMetaSchema.shape),
  interventions: interventionSchema.safeExtend(recordMetaSchema.shape),
};

/** Parses and checks nothing was stripped or changed: the data is exactly schema-shaped. */
function expectExact(schema: z.ZodType, value: unknown, label: string): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${label}: ${JSON.stringify(result.error.issues).slice(0, 500)}`);
  }
  expect(result.data, label).toEqual(value);
}

function classOf(data: DemoData, schoolId: string, classId: string): SchoolClass {
  const c = data.classes.find((x) => x.schoolId === schoolId && x.id === classId);
  if (!c) throw new Error(`no class ${schoolId}/${classId}`);
  return c.data;
}

let demo: DemoData;
beforeAll(() => {
  demo = generateDemo();
});

describe('generateDemo: determinism', () => {
  it('gives the same data for the same options', () => {
    const again = generateDemo();
    expect(again).toEqual(demo);
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
    const explicit = generateDemo({ pupils: 250, asOf: new Date('2026-11-20T00:00:00Z') });
    expect(JSON.stringify(explicit)).toBe(JSON.stringify(demo));
  });

  it('changes with the seed', () => {
    const other = generateDemo({ seed: 7 });
    expect(other.pupils.length).toBe(demo.pupils.length);
    expect(JSON.stringify(other.pupils)).not.toBe(JSON.stringify(demo.pupils));
  });

  it('uses school year 2026/27 by default', () => {
    expect(demo.meta.schoolYear).toBe('2026/27');
    for (const s of demo.schools) expect(s.data.settings.schoolYear).toBe('2026/27');
    for (const c of demo.classes) expect(c.data.schoolYear).toBe('2026/27');
  });
});

describe('generateDemo: every entity passes its schema', () => {
  it('schools and classes', () => {
    for (const s of demo.schools) expectExact(schoolSchema, s.data, `school ${s.id}`);
    for (const c of demo.classes) {
      expectExact(schoolClassSchema, c.data, `class ${c.id}`);
      expect(c.data.pupilCount).toBeUndefined();
    }
  });

  it('pupils', () => {
    for (const p of demo.pupils) {
      expectExact(pupilSchema, p.data, `pupil ${p.id}`);
      expect(p.data.schoolId).toBe(p.schoolId);
    }
  });

  it('records', () => {
    for (const r of demo.records) {
      expectExact(RECORD_SCHEMAS[r.kind], r.data, `${r.kind} ${r.id}`);
      expect(r.data.schoolId).toBe(r.schoolId);
      expect(r.data.pupilId).toBe(r.pupilId);
    }
  });

  it('user profiles and claims', () => {
    for (const a of demo.accounts) {
      expectExact(userProfileSchema, profileOf(a, 0), `profile ${a.uid}`);
      expectExact(roleClaimsSchema, claimsOf(a, 0), `claims ${a.uid}`);
    }
  });

  it('with another date and size too', () => {
    const spring = generateDemo({ pupils: 120, seed: 3, asOf: new Date('2026-03-16T00:00:00Z') });
    expect(spring.meta.schoolYear).toBe('2025/26');
    for (const p of spring.pupils) expectExact(pupilSchema, p.data, `pupil ${p.id}`);
    for (const r of spring.records)
      expectExact(RECORD_SCHEMAS[r.kind], r.data, `${r.kind} ${r.id}`);
    // Past the first quadrimestre: a complete term 1 and a partial term 2 this year.
    const terms = spring.records.filter(
      (r) => r.kind === 'termRecords' && r.data.schoolYear === '2025/26',
    );
    expect(terms.some((r) => r.kind === 'termRecords' && r.data.term === 2)).toBe(true);
  });
});

describe('generateDemo: counts and references', () => {
  it('has one Ambito, two schools, 12 classes and 250 pupils by default', () => {
    expect(demo.districts).toEqual([
      { id: 'ambito-mi-1', name: 'Ambito territoriale 1 – Milano Città' },
    ]);
    expect(demo.schools.map((s) => s.id)).toEqual(['ic-manzoni', 'iis-volta']);
    expect(demo.classes).toHaveLength(12);
    expect(demo.pupils).toHaveLength(250);
    expect(demo.records.length).toBeGreaterThan(1500);
  });

  it('scales to 5000 pupils in more classes of realistic size', () => {
    const big = generateDemo({ pupils: 5000 });
    expect(big.pupils).toHaveLength(5000);
    expect(big.classes.length).toBeGreaterThanOrEqual(200);
    const ids = new Set(big.classes.map((c) => `${c.schoolId}/${c.id}`));
    expect(ids.size).toBe(big.classes.length);
    for (const c of big.classes) {
      const n = big.pupils.filter(
        (p) => p.schoolId === c.schoolId && p.data.classId === c.id,
      ).length;
      expect(n, c.id).toBeGreaterThanOrEqual(10);
      expect(n, c.id).toBeLessThanOrEqual(30);
    }
    expect(new Set(big.pupils.map((p) => `${p.schoolId}/${p.id}`)).size).toBe(5000);
  }, 60_000);

  it('keeps ids unique and references valid', () => {
    const pupilKeys = new Set(demo.pupils.map((p) => `${p.schoolId}/${p.id}`));
    expect(pupilKeys.size).toBe(demo.pupils.length);
    const recordKeys = new Set(
      demo.records.map((r) => `${r.schoolId}/${r.pupilId}/${r.kind}/${r.id}`),
    );
    expect(recordKeys.size).toBe(demo.records.length);
    const accountSchool = new Map(demo.accounts.map((a) => [a.uid, a]));
    for (const p of demo.pupils) {
      classOf(demo, p.schoolId, p.data.classId);
      for (const uid of p.data.assignedUids) {
        const a = accountSchool.get(uid);
        expect(a?.schoolId, `${p.id} -> ${uid}`).toBe(p.schoolId);
        expect(ASSIGNMENT_ROLES).toContain(a?.role);
      }
      expect(accountSchool.get(p.data.createdBy)?.schoolId).toBe(p.schoolId);
    }
    const staffUids = (r: DemoRecord): string[] =>
      r.kind === 'tutoringSessions'
        ? [r.data.educatorUid]
        : r.kind === 'interventions'
          ? [r.data.ownerUid]
          : [];
    for (const r of demo.records) {
      expect(pupilKeys.has(`${r.schoolId}/${r.pupilId}`), r.id).toBe(true);
      for (const uid of [r.data.createdBy, ...staffUids(r)]) {
        expect(accountSchool.get(uid)?.schoolId, `${r.id} -> ${uid}`).toBe(r.schoolId);
      }
      if (r.kind === 'peerSessions')
        expect(pupilKeys.has(`${r.schoolId}/${r.data.partnerPupilId}`)).toBe(true);
    }
    for (const c of demo.classes) {
      for (const uid of [
        ...c.data.teacherUids,
        ...(c.data.coordinatorUid ? [c.data.coordinatorUid] : []),
      ]) {
        expect(accountSchool.get(uid)?.schoolId).toBe(c.schoolId);
      }
    }
  });
});

describe('generateDemo: demo accounts', () => {
  it('has an account for every role, all with the demo password', () => {
    expect(new Set(demo.accounts.map((a) => a.role))).toEqual(new Set(ROLES));
    expect(new Set(demo.accounts.map((a) => a.uid)).size).toBe(demo.accounts.length);
    expect(new Set(demo.accounts.map((a) => a.email)).size).toBe(demo.accounts.length);
    for (const a of demo.accounts) {
      expect(a.password).toBe(DEMO_PASSWORD);
      expect(a.email.endsWith('@demo.percorsi.it')).toBe(true);
      expect(a.description.length).toBeGreaterThan(10);
      const schoolRole = (SCHOOL_ROLES as readonly string[]).includes(a.role);
      expect(a.schoolId !== null).toBe(schoolRole);
      expect(a.districtId !== null).toBe(a.role === 'district' || a.role === 'operator');
      expect(a.organizationId != null).toBe(a.role === 'operator');
      expect(a.regionId != null).toBe(a.role === 'region');
    }
    for (const schoolId of ['ic-manzoni', 'iis-volta']) {
      const roles = demo.accounts.filter((a) => a.schoolId === schoolId).map((a) => a.role);
      expect(roles).toContain('head');
      expect(roles).toContain('teacher');
    }
  });

  it('gives the demo teacher two classes with a known, non-trivial set of pupils', () => {
    const teacher = demo.accounts.find((a) => a.email === 'docente@demo.percorsi.it');
    expect(teacher?.uid).toBe(DEMO_UIDS.teacher);
    const taught = demo.classes.filter((c) => c.data.teacherUids.includes(DEMO_UIDS.teacher));
    expect(taught.map((c) => c.id)).toEqual([...DEMO_TEACHER_CLASS_IDS]);
    const sizes = taught.map(
      (c) =>
        demo.pupils.filter((p) => p.schoolId === 'ic-manzoni' && p.data.classId === c.id).length,
    );
    expect(sizes).toEqual([22, 20]);
    expect(classOf(demo, 'ic-manzoni', '2b-sec1').coordinatorUid).toBe(DEMO_UIDS.coordinator);
    expect(teacher?.description).toContain('42 alunni');
  });

  it('assigns pupils to the L2 teacher, the educator and the mediator', () => {
    for (const uid of [DEMO_UIDS.l2teacher, DEMO_UIDS.educator, DEMO_UIDS.mediator]) {
      const n = demo.pupils.filter((p) => p.data.assignedUids.includes(uid)).length;
      expect(n, uid).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('generateDemo: realistic content', () => {
  it('has 30-50% of pupils born in Italy, the others with an arrival date', () => {
    const born = demo.pupils.filter((p) => p.data.countryOfBirth === 'IT');
    const share = born.length / demo.pupils.length;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.5);
    for (const p of born) expect(p.data.arrivalDate).toBeNull();
    for (const p of demo.pupils.filter((x) => x.data.countryOfBirth !== 'IT')) {
      expect(p.data.arrivalDate).not.toBeNull();
    }
  });

  it('has NAI pupils and pupils two or more years behind', () => {
    const asOf = demo.meta.asOf;
    const nai = demo.pupils.filter((p) => isNai(p.data, asOf, 24));
    expect(nai.length).toBeGreaterThanOrEqual(1);
    expect(nai.length / demo.pupils.length).toBeLessThan(0.3);
    const behind = demo.pupils.map((p) => {
      const c = classOf(demo, p.schoolId, p.data.classId);
      return yearsBehind(p.data.birthDate, c.schoolYear, c.level, c.year);
    });
    expect(behind.filter((y) => y >= 2).length).toBeGreaterThanOrEqual(1);
    expect(behind.filter((y) => y >= 1).length / behind.length).toBeGreaterThan(0.08);
    // Born-in-Italy and foreign-born pupils both have L2 records only when not born in Italy.
    const l2Pupils = new Set(
      demo.records.filter((r) => r.kind === 'l2Assessments').map((r) => r.pupilId),
    );
    for (const p of demo.pupils) {
      expect(l2Pupils.has(p.id), p.id).toBe(p.data.countryOfBirth !== 'IT');
    }
  });

  it('writes a valid codice fiscale check character', () => {
    expect(codiceFiscale('Rossi', 'Mario', new Date(Date.UTC(1985, 11, 10)), 'M', 'A562')).toBe(
      'RSSMRA85T10A562S',
    );
    const provisional = demo.pupils.filter((p) => /^\d{11}$/.test(p.data.codiceFiscale));
    expect(provisional.length).toBeGreaterThanOrEqual(1);
  });

  it('has a plausible risk mix under the risk engine', () => {
    const settings = demo.schools[0]?.data.settings;
    if (!settings) throw new Error('no school');
    const byPupil = new Map<string, DemoRecord[]>();
    for (const r of demo.records) {
      const key = `${r.schoolId}/${r.pupilId}`;
      byPupil.set(key, [...(byPupil.get(key) ?? []), r]);
    }
    const counts = { green: 0, amber: 0, red: 0 };
    for (const p of demo.pupils) {
      const recs = byPupil.get(`${p.schoolId}/${p.id}`) ?? [];
      const result = assessRisk(
        {
          pupil: p.data,
          schoolClass: classOf(demo, p.schoolId, p.data.classId),
          termRecords: recs.flatMap((r) => (r.kind === 'termRecords' ? [r.data] : [])),
          l2Assessments: recs.flatMap((r) => (r.kind === 'l2Assessments' ? [r.data] : [])),
          tutoringSessions: recs.flatMap((r) => (r.kind === 'tutoringSessions' ? [r.data] : [])),
          peerSessions: recs.flatMap((r) => (r.kind === 'peerSessions' ? [r.data] : [])),
          familyMeetings: recs.flatMap((r) => (r.kind === 'familyMeetings' ? [r.data] : [])),
          interventions: recs.flatMap((r) => (r.kind === 'interventions' ? [r.data] : [])),
        },
        {
          asOf: demo.meta.asOf,
          thresholds: settings.thresholds,
          naiMonths: settings.naiMonths,
          termSystem: settings.termSystem,
        },
      );
      counts[result.level] += 1;
    }
    const n = demo.pupils.length;
    // Engine 2 (marks carry the level): a school of pupils with a migrant background where
    // about a fifth have a mean below pass and a few are red.
    expect(counts.green / n).toBeGreaterThanOrEqual(0.6);
    expect(counts.green / n).toBeLessThanOrEqual(0.85);
    expect(counts.amber / n).toBeGreaterThanOrEqual(0.1);
    expect(counts.amber / n).toBeLessThanOrEqual(0.3);
    expect(counts.red / n).toBeGreaterThanOrEqual(0.04);
    expect(counts.red / n).toBeLessThanOrEqual(0.15);
  });
});
