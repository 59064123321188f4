import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import {
  type ExamRecord,
  type OrientationAdvice,
  type OrientationRecord,
  type SkillsReview,
  orientationRecordSchema,
} from '@domain';
import { useSaveOrientation } from '../api/orientation';
import { fromInput } from './orientation-fields';

const today = () => fromInput(new Date().toISOString().slice(0, 10));

function emptyReview(): SkillsReview {
  return {
    date: today(),
    languages: [],
    strengthSubjects: [],
    interests: '',
    schoolingAbroad: '',
    outOfSchool: '',
    familyExpectations: '',
    mediatorPresent: false,
    tutorNotes: '',
  };
}

function emptyAdvice(): OrientationAdvice {
  return {
    date: today(),
    interests: '',
    certifications: '',
    recommendedTrack: 'tecnico',
    recommendedCourse: '',
    familyTrack: null,
    enrolledSchool: '',
    enrolledTrack: null,
  };
}

function emptyExam(): ExamRecord {
  return {
    invalsiTaken: false,
    l2InsteadOfSecondLanguage: false,
    pdpInForce: false,
    pdpInExam: false,
    italianEntryTest: false,
    usedSecondLanguageHoursForL2: false,
  };
}

export type OrientationFormProps = {
  schoolId: string;
  pupilId: string;
  uid: string;
  initial: OrientationRecord;
  exists: boolean;
};

/**
 * The record being edited, its parts' setters (a part not filled in yet starts empty), and the
 * save: checked against the domain schema first, then written whole.
 */
export function useOrientationForm({
  schoolId,
  pupilId,
  uid,
  initial,
  exists,
}: OrientationFormProps) {
  const { t } = useTranslation('orientation');
  const [record, setRecord] = useState<OrientationRecord>(initial);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const save = useSaveOrientation();
  const [saved, setSaved] = useState(exists);

  const setHours = (orientationHours: number) => setRecord((r) => ({ ...r, orientationHours }));
  const setReview = (patch: Partial<SkillsReview>) =>
    setRecord((r) => ({ ...r, review: { ...(r.review ?? emptyReview()), ...patch } }));
  const setAdvice = (patch: Partial<OrientationAdvice>) =>
    setRecord((r) => ({ ...r, advice: { ...(r.advice ?? emptyAdvice()), ...patch } }));
  const setExam = (patch: Partial<ExamRecord>) =>
    setRecord((r) => ({ ...r, exam: { ...(r.exam ?? emptyExam()), ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const parsed = orientationRecordSchema.safeParse(record);
    if (!parsed.success) {
      const text = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      setMessage({ kind: 'danger', text: t('invalid', { message: text }) });
      return;
    }
    try {
      await save.mutateAsync({ schoolId, pupilId, uid, record: parsed.data, exists: saved });
      setSaved(true);
      setMessage({ kind: 'success', text: t('saved') });
    } catch (error) {
      setMessage({ kind: 'danger', text: t('saveFailed', { message: String(error) }) });
    }
  };

  return {
    record,
    setHours,
    setReview,
    setAdvice,
    setExam,
    submit,
    message,
    saving: save.isPending,
  };
}
