import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { z } from 'zod';
import {
  DEFAULT_REGION_ID,
  idSchema,
  inviteStaffInputSchema,
  type InviteStaffInput,
  type Role,
} from '@domain';
import { ariaState } from '@/components/ui/form-field';
import { TextField } from '@/components/ui/text-field';
import { FailureAlert } from '@/components/ui/failure-alert';
import { Loading } from '@/components/ui/loading';
import { SelectField } from '@/components/ui/select-field';
import { useAllSchools, useDistricts } from '../api/get-school-directory';
import type { InviteStaffResult } from '../api/invite-staff';
import { schoolLabel } from '../lib/school-label';
import { invitableRoles, type StaffManager } from '../lib/types';
import { useCallableErrorText, useValidationText } from './use-error-text';

const SELECT_COLUMN = 'col-12 col-md-6 select-wrapper form-group';

type InviteStaffFormProps = {
  manager: StaffManager;
  /** The school the colleague joins: the head's own; for an admin, the one preselected. */
  schoolId: string;
  onInvite: (input: InviteStaffInput) => Promise<InviteStaffResult>;
};

/** The school roles need a school, the Ambito coordinator an Ambito: each picked from a list. */
function inviteFormSchema(roles: readonly Role[]) {
  const { email, displayName } = inviteStaffInputSchema.shape;
  const chosen = z.string().min(1, { error: 'validation.required' });
  return z
    .object({
      email,
      displayName,
      role: chosen.refine((r) => roles.some((allowed) => allowed === r), {
        error: 'validation.invalidChoice',
      }),
      schoolId: z.string(),
      districtId: z.string(),
    })
    .superRefine((values, ctx) => {
      // The Region's account needs no school nor Ambito (the programme's Region: Lombardy).
      if (values.role === 'region') return;
      const field = values.role === 'district' ? 'districtId' : 'schoolId';
      if (!idSchema.safeParse(values[field]).success) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
      }
    });
}
type InviteFormValues = z.input<ReturnType<typeof inviteFormSchema>>;

/**
 * Invites a colleague: the callable creates the account and Firebase Auth emails the colleague
 * the link to set their password. The head never sees the link (whoever holds it could take
 * the account over); they see to whom the invitation went and until when it is valid.
 */
export function InviteStaffForm({ manager, schoolId, onInvite }: InviteStaffFormProps) {
  const { t, i18n } = useTranslation('staff');
  const { t: tApp } = useTranslation();
  const errorText = useCallableErrorText();
  const validationText = useValidationText();
  const roles = invitableRoles(manager);
  const isAdmin = manager.role === 'admin';
  const schools = useAllSchools(isAdmin);
  const districts = useDistricts(isAdmin);
  const schema = useMemo(() => inviteFormSchema(roles), [roles]);
  const [failure, setFailure] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; expiresAt: Date } | null>(null);

  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<InviteFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', displayName: '', role: '', schoolId, districtId: '' },
  });
  const chosenRole = useWatch({ control, name: 'role' });
  const inviteToAmbito = chosenRole === 'district';
  const inviteToRegion = chosenRole === 'region';

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setInvited(null);
    try {
      const result = await onInvite({
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: roles.find((r) => r === values.role) ?? 'teacher',
        schoolId:
          manager.role === 'head'
            ? manager.schoolId
            : inviteToAmbito || inviteToRegion
              ? null
              : values.schoolId,
        districtId: inviteToAmbito ? values.districtId : null,
        ...(inviteToRegion ? { regionId: DEFAULT_REGION_ID } : {}),
      });
      setInvited({ email: result.email, expiresAt: result.inviteExpiresAt });
      reset({ email: '', displayName: '', role: '', schoolId, districtId: '' });
    } catch (error) {
      setFailure(errorText(error));
    }
  });

  const hasErrors = isSubmitted && Object.keys(errors).length > 0;
  /** Id, error and aria state of one field: every field is required. */
  const field = (name: keyof InviteFormValues, hint?: string) => {
    const frame = {
      id: `invite-${name}`,
      hint,
      error: validationText(errors[name]?.message),
      required: true,
    };
    return {
      frame,
      control: {
        id: frame.id,
        className: `form-control${frame.error ? ' is-invalid' : ''}`,
        ...ariaState(frame),
      },
    };
  };
  const email = field('email');
  const displayName = field('displayName');
  const role = field('role');
  const school = field('schoolId', t('invite.schoolIdHint'));
  const district = field('districtId');

  return (
    <section aria-labelledby="invite-title" className="card card-bg p-3 p-md-4 my-4">
      <h2 id="invite-title" className="h4">
        {t('invite.title')}
      </h2>
      <form noValidate aria-labelledby="invite-title" onSubmit={(e) => void submit(e)}>
        <p className="small">{t('invite.requiredHint')}</p>
        <FailureAlert message={failure} />
        <FailureAlert
          message={hasErrors ? t('invite.fixErrors') : null}
          className="alert alert-warning"
        />
        <div className="row">
          <TextField
            {...email.frame}
            label={t('invite.email')}
            className="col-12 col-md-6 form-group"
            input={{ type: 'email', autoComplete: 'off', ...register('email') }}
          />
          <TextField
            {...displayName.frame}
            label={t('invite.displayName')}
            className="col-12 col-md-6 form-group"
            input={{ type: 'text', autoComplete: 'off', ...register('displayName') }}
          />
          <SelectField
            {...role.frame}
            label={t('invite.role')}
            className={SELECT_COLUMN}
            placeholder={t('invite.chooseRole')}
            options={roles.map((r) => ({ value: r, label: tApp(`roles.${r}`) }))}
            select={{ ...role.control, ...register('role') }}
          />
          {/* Rendered once the options are there, so the select shows the preselected school. */}
          {isAdmin && !inviteToAmbito && !inviteToRegion && schools.data && (
            <SelectField
              {...school.frame}
              label={t('invite.schoolId')}
              className={SELECT_COLUMN}
              placeholder={t('invite.chooseSchool')}
              options={schools.data.items.map((s) => ({ value: s.id, label: schoolLabel(s) }))}
              select={{ ...school.control, ...register('schoolId') }}
            />
          )}
          {isAdmin && inviteToAmbito && districts.data && (
            <SelectField
              {...district.frame}
              label={t('invite.districtId')}
              className={SELECT_COLUMN}
              placeholder={t('invite.chooseDistrict')}
              options={districts.data.map((d) => ({ value: d.id, label: d.name }))}
              select={{ ...district.control, ...register('districtId') }}
            />
          )}
          {isAdmin && (inviteToAmbito ? districts.isPending : schools.isPending) && (
            <div className="col-12 col-md-6">
              <Loading label={t('common.loading')} />
            </div>
          )}
          {isAdmin && (schools.isError || districts.isError) && (
            <FailureAlert message={t('errors.loadSchools')} className="col-12 alert alert-danger" />
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('invite.submitting') : t('invite.submit')}
        </button>
      </form>
      {invited && (
        <div role="status" className="alert alert-success mt-4 mb-0">
          <h3 className="h5">{t('invite.doneTitle', { email: invited.email })}</h3>
          <p className="mb-0">
            {t('invite.doneBody', {
              date: invited.expiresAt.toLocaleDateString(
                i18n.language === 'en' ? 'en-GB' : 'it-IT',
              ),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
