import { registerLocales } from '@/lib/i18n';
import en from './en.json';
import it from './it.json';

// This feature's strings, registered when a module of the feature that uses them loads.
registerLocales('referrals', it, en);
