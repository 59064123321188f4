// Seeds the demo into the running emulators and prints the demo accounts.
//   tsx scripts/seed/cli.ts [--if-empty] [--pupils N]
// Refuses to run against anything but the emulators, so it can never touch a real project.
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { paths } from '../../functions/src/domain/paths';
import { type DemoData, generateDemo } from './generate';
import { seedDemo } from './seed-demo';

const { values } = parseArgs({
  options: {
    'if-empty': { type: 'boolean', default: false },
    pupils: { type: 'string' },
  },
});

// Always the emulators (the ports of firebase.json unless told otherwise), and only a demo-
// project id: the seed can never write into a real project.
process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';

const projectId = process.env.GCLOUD_PROJECT ?? 'demo-percorsi';
if (!projectId.startsWith('demo-')) {
  console.error(`Seed: refusing project "${projectId}": only demo- projects (emulators).`);
  process.exit(1);
}
const app = initializeApp({ projectId });
const firestore = getFirestore(app);
const auth = getAuth(app);
const pupils = values.pupils ? Number(values.pupils) : undefined;
const data = generateDemo(pupils ? { pupils } : {});

const firstSchool = data.schools[0];
const alreadySeeded =
  firstSchool !== undefined && (await firestore.doc(paths.school(firstSchool.id)).get()).exists;

if (values['if-empty'] && alreadySeeded) {
  console.log('✔ Demo già presente / demo data already there (kept from the last run).');
} else {
  const started = Date.now();
  const written = await seedDemo(data, { firestore, auth });
  console.log(
    `✔ Demo caricata / demo seeded: ${written.docs} documenti, ${written.users} account ` +
      `(${data.pupils.length} alunni), rischio e cruscotti calcolati / risk and dashboards ` +
      `computed, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
printAccounts(data);
process.exit(0);

function printAccounts(demo: DemoData): void {
  console.log(
    '\nAccount demo (password per tutti / password for all): ' + demo.accounts[0]?.password,
  );
  const rows = demo.accounts.map((a) => [a.email, a.role, a.description]);
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
  for (const [email, role, description] of rows) {
    console.log(`  ${email?.padEnd(width)}  ${role?.padEnd(11)}  ${description}`);
  }
}
