import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import { cefrLabel, type Language } from '@domain';
import { formatDate } from '@/lib/format';
import { l2Progress, markText, termTable, type PupilSheetData } from '../lib/sheet';
import { SheetSection, SheetTable } from './sheet-section';

type SheetProgressProps = { data: PupilSheetData; language: Language; schoolYear: string };

/** L2 per skill: the first and the latest level of the year. */
export function SheetL2({ data, language, schoolYear }: SheetProgressProps) {
  const { t } = useTranslation('pupilSheet');
  const date = (d: Date) => formatDate(d, language);
  const l2 = l2Progress(data.l2Assessments, schoolYear);
  const hasL2 = data.l2Assessments.length > 0;
  return (
    <SheetSection id="sheet-l2" title={t('l2.title')}>
      {hasL2 ? (
        <SheetTable headers={[t('l2.skill'), t('l2.first'), t('l2.latest')]}>
          {l2.map((row) => (
            <tr key={row.skill}>
              <th scope="row">{t(`l2.skills.${row.skill}`)}</th>
              <td>
                {row.first ? `${cefrLabel(row.first.level)} (${date(row.first.date)})` : t('none')}
              </td>
              <td>
                {row.latest
                  ? `${cefrLabel(row.latest.level)} (${date(row.latest.date)})`
                  : t('none')}
              </td>
            </tr>
          ))}
        </SheetTable>
      ) : (
        <p className="small">{t('l2.empty')}</p>
      )}
    </SheetSection>
  );
}

/** Marks per subject and term, conduct and absences. */
export function SheetTerms({ data, schoolYear }: Omit<SheetProgressProps, 'language'>) {
  const { t } = useTranslation('pupilSheet');
  const terms = termTable(data.termRecords, schoolYear);
  return (
    <SheetSection id="sheet-terms" title={t('terms.title')}>
      {terms.terms.length > 0 ? (
        <SheetTable
          headers={[
            t('terms.subject'),
            ...terms.terms.map((term) => t('terms.term', { term: term.term })),
          ]}
        >
          {terms.subjects.map((row) => (
            <tr key={row.subject}>
              <th scope="row">
                {t(`terms.subjects.${row.subject}`, { defaultValue: row.subject })}
              </th>
              {row.marks.map((mark, i) => (
                <td key={terms.terms[i]?.term ?? i}>{markText(mark)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('terms.conduct')}</th>
            {terms.conduct.map((mark, i) => (
              <td key={terms.terms[i]?.term ?? i}>{markText(mark)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('terms.absences')}</th>
            {terms.terms.map((term) => (
              <td key={term.term}>
                {t('terms.absencesValue', {
                  absence: term.absenceHours,
                  lessons: term.lessonHours,
                  pct: term.absencePct ?? 0,
                })}
              </td>
            ))}
          </tr>
        </SheetTable>
      ) : (
        <p className="small">{t('terms.empty')}</p>
      )}
    </SheetSection>
  );
}
