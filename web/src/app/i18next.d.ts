// The namespaces' types, so that `t('key')` is checked against the Italian strings. Each
// feature registers its own strings at run time (`registerLocales` in its locales/index.ts);
// this file, in app/ because app may know every feature, only declares their shape.
import type dashboard from '@/features/dashboard/locales/it.json';
import type evaluation from '@/features/evaluation/locales/it.json';
import type imports from '@/features/imports/locales/it.json';
import type monitoring from '@/features/monitoring/locales/it.json';
import type orientation from '@/features/orientation/locales/it.json';
import type planning from '@/features/planning/locales/it.json';
import type pupilSheet from '@/features/pupil-sheet/locales/it.json';
import type records from '@/features/records/locales/it.json';
import type referrals from '@/features/referrals/locales/it.json';
import type risk from '@/features/risk/locales/it.json';
import type schools from '@/features/schools/locales/it.json';
import type services from '@/features/services/locales/it.json';
import type staff from '@/features/staff/locales/it.json';
import type translation from '@/locales/it.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof translation;
      records: typeof records;
      risk: typeof risk;
      dashboard: typeof dashboard;
      staff: typeof staff;
      planning: typeof planning;
      imports: typeof imports;
      evaluation: typeof evaluation;
      schools: typeof schools;
      services: typeof services;
      pupilSheet: typeof pupilSheet;
      monitoring: typeof monitoring;
      referrals: typeof referrals;
      orientation: typeof orientation;
    };
  }
}
