import { registerLocales } from '@/lib/i18n';
import en from './en.json';
import it from './it.json';

// This feature's strings (the services page), registered when a module that uses them loads.
// The public family page has its own, in eight languages (./family).
registerLocales('services', it, en);
