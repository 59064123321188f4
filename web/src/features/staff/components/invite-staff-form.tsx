import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { z } from 'zod';
import { idSchema, inviteStaffInputSchema, type InviteStaffInput, type Role } from '@domain';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { useAllSchools, useDistricts } from '../api/get-school-directory';
import type { InviteStaffResult } from '../api/invite-staff';
import { schoolLabel } from '../lib/school-label';
import { invitableRoles, type StaffManager } from '../lib/types';
import { useCallableErrorText, useValidationText } from './use-error-text';

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
  const inviteToAmbito = useWatch({ control, name: 'role' }) === 'district';

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setInvited(null);
    try {
      const result = await onInvite({
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: roles.find((r) => r === values.role) ?? 'teacher',
        schoolId:
          manager.role === 'head' ? manager.schoolId : inviteToAmbito ? null : values.schoolId,
        districtId: inviteToAmbito ? values.districtId : null,
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
        {failure && (
          <div role="alert" className="alert alert-danger">
            {failure}
          </div>
        )}
        {hasErrors && (
          <div role="alert" className="alert alert-warning">
            {t('invite.fixErrors')}
          </div>
        )}
        <div className="row">
          <FieldFrame
            {...email.frame}
            label={t('invite.email')}
            className="col-12 col-md-6 form-group"
          >
            <input type="email" autoComplete="off" {...email.control} {...register('email')} />
          </FieldFrame>
          <FieldFrame
            {...displayName.frame}
            label={t('invite.displayName')}
            className="col-12 col-md-6 form-group"
          >
            <input
              type="text"
              autoComplete="off"
              {...displayName.control}
              {...register('displayName')}
            />
          </FieldFrame>
          <FieldFrame
            {...role.frame}
            label={t('invite.role')}
            className="col-12 col-md-6 select-wrapper form-group"
          >
            <select
              {...role.control}
              className={role.frame.error ? 'is-invalid' : undefined}
              {...register('role')}
            >
              <option value="">{t('invite.chooseRole')}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {tApp(`roles.${r}`)}
                </option>
              ))}
            </select>
          </FieldFrame>
          {/* Rendered once the options are there, so the select shows the preselected school. */}
          {isAdmin && !inviteToAmbito && schools.data && (
            <FieldFrame
              {...school.frame}
              label={t('invite.schoolId')}
              className="col-12 col-md-6 select-wrapper form-group"
            >
              <select
                {...school.control}
                className={school.frame.error ? 'is-invalid' : undefined}
                {...register('schoolId')}
              >
                <option value="">{t('invite.chooseSchool')}</option>
                {schools.data.items.map((s) => (
                  <option key={s.id} value={s.id}>
                    {schoolLabel(s)}
                  </option>
                ))}
              </select>
            </FieldFrame>
          )}
          {isAdmin && inviteToAmbito && districts.data && (
            <FieldFrame
              {...district.frame}
              label={t('invite.districtId')}
              className="col-12 col-md-6 select-wrapper form-group"
            >
              <select
                {...district.control}
                className={district.frame.error ? 'is-invalid' : undefined}
                {...register('districtId')}
              >
                <option value="">{t('invite.chooseDistrict')}</option>
                {districts.data.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </FieldFrame>
          )}
          {isAdmin && (inviteToAmbito ? districts.isPending : schools.isPending) && (
            <div className="col-12 col-md-6">
              <Loading label={t('common.loading')} />
            </div>
          )}
          {isAdmin && (schools.isError || districts.isError) && (
            <div role="alert" className="col-12 alert alert-danger">
              {t('errors.loadSchools')}
            </div>
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
