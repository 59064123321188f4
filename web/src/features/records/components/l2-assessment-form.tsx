import { zodResolver } from '@hookform/resolvers/zod';
import { CEFR_LEVELS, L2_DOMAINS, L2_SKILLS, L2_TOOLS, cefrLabel } from '@domain';
import { l2FormSchema, l2ToForm } from '../lib/form-schemas';
import { ChoiceGroup, ChooseField, TextField } from './form-fields';
import { DatedRecordForm } from './dated-record-form';
import { useDatedRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'l2Assessments'> & { assessorName: string };

export function L2AssessmentForm({ assessorName, ...props }: Props) {
  const { t, fieldProps, frame } = useDatedRecordForm({
    ...props,
    kind: 'l2Assessments',
    resolver: zodResolver(l2FormSchema),
    defaultValues: l2ToForm(props.initial, assessorName),
  });
  const levels = CEFR_LEVELS.map((l) => ({ value: l, label: cefrLabel(l) }));

  return (
    <DatedRecordForm
      {...frame}
      beside={
        <>
          <div className="col-12 col-md-4">
            <ChooseField
              label={t('fields.tool')}
              options={L2_TOOLS.map((v) => ({ value: v, label: t(`options.tool.${v}`) }))}
              {...fieldProps('tool')}
            />
          </div>
          <div className="col-12 col-md-4">
            <ChoiceGroup
              type="radio"
              legend={t('fields.domain')}
              required
              options={L2_DOMAINS.map((v) => ({ value: v, label: t(`options.domain.${v}`) }))}
              inline={false}
              {...fieldProps('domain')}
            />
          </div>
        </>
      }
    >
      <fieldset>
        <legend className="fs-6 fw-semibold">{t('fields.levelsLegend')}</legend>
        <div className="row">
          {L2_SKILLS.map((skill) => (
            <div key={skill} className="col-6 col-md-4 col-lg">
              <ChooseField
                label={t(`options.skill.${skill}`)}
                options={levels}
                {...fieldProps(`levels.${skill}`, { id: `level-${skill}` })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('fields.assessorName')}
        required
        autoComplete="name"
        {...fieldProps('assessorName', { id: 'assessor' })}
      />
    </DatedRecordForm>
  );
}
