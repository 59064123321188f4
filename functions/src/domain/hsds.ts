// Open Referral HSDS 3.0 import and export of an Ambito's directory (pure): the JSON export
// (hsds-export.ts), its import (hsds-import.ts) and the services CSV (hsds-csv.ts).
export { CATEGORY_TAXONOMY, HSDS_VERSION, PIM_TAXONOMY, hsdsUuid } from './hsds-common';
export * from './hsds-export';
export * from './hsds-import';
export * from './hsds-csv';
