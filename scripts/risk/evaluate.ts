// `npm run risk:evaluate -- <file.csv> [--nai-months 24] [--json]`
// Scores the early-warning flags against known year-end outcomes (columns: README.md,
// "Measuring the flags"). Rows that do not parse are listed with their line and skipped.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// Domain files one by one: under tsx, named re-exports of the CommonJS index are not visible.
import {
  BASELINE_RULES,
  type BandFigures,
  type BaselineRule,
  type EvaluationFigures,
  evaluateFlags,
  parseEvaluationCsv,
} from '../../functions/src/domain/risk-evaluation';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'nai-months': { type: 'string', default: '24' },
    json: { type: 'boolean', default: false },
  },
});
const file = positionals[0];
if (!file) {
  console.error('Uso / usage: npm run risk:evaluate -- <file.csv> [--nai-months 24] [--json]');
  process.exit(2);
}

const { rows, rowErrors, missingColumns } = parseEvaluationCsv(readFileSync(file, 'utf8'));
if (missingColumns.length > 0) {
  console.error(`Colonne mancanti / missing columns: ${missingColumns.join(', ')}`);
  process.exit(2);
}
const errors = rowErrors.map(
  ({ line, issues }) =>
    `riga ${line}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
);
let report;
try {
  report = evaluateFlags(rows, { naiMonths: Number(values['nai-months']) });
} catch (error) {
  console.error(`Errore nei dati / data error: ${String(error)}`);
  process.exit(1);
}
if (values.json) {
  console.log(JSON.stringify({ file, skipped: errors, ...report }, null, 2));
  process.exit(0);
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);
const BASELINE_NAMES: Record<BaselineRule, string> = {
  meanMarkBelow6: 'rule: mean mark < 6',
  failingTwoOrMore: 'rule: 2+ failing subjects',
  absencesTenPct: 'rule: absences >= 10%',
  oneYearBehind: 'rule: 1+ year behind',
};
const bandLine = (name: string, b: BandFigures) =>
  `  ${name.padEnd(28)} flagged ${String(b.flagged).padStart(5)} (${pct(b.flaggedShare).padStart(7)})  sensitivity ${pct(b.sensitivity).padStart(7)}  specificity ${pct(b.specificity).padStart(7)}  false alarms ${pct(b.falseAlarmRate).padStart(7)}  precision ${pct(b.precision).padStart(7)}`;
function print(title: string, f: EvaluationFigures) {
  console.log(`\n${title}: ${f.pupils} pupils, ${f.failures} failed (not promoted or left)`);
  for (const level of ['green', 'amber', 'red'] as const) {
    const l = f.failureRateByLevel[level];
    console.log(
      `  ${level.padEnd(28)} ${String(l.pupils).padStart(5)} pupils  observed failure rate ${pct(l.failureRate)}`,
    );
  }
  console.log(bandLine('engine red', f.red));
  console.log(bandLine('engine red+amber', f.redOrAmber));
  for (const rule of BASELINE_RULES) console.log(bandLine(BASELINE_NAMES[rule], f.baselines[rule]));
}
console.log(`Risk flags evaluated on ${file} (${rows.length} rows, ${errors.length} skipped)`);
print('All pupils', report.all);
print('Newly arrived (NAI)', report.newlyArrived);
print('Other pupils', report.others);
console.log(
  '\nBy group: red+amber band, red precision, failure rate per level (green / amber / red)',
);
for (const { dimension, group, figures: f } of report.groups) {
  const b = f.redOrAmber;
  const rate = (l: 'green' | 'amber' | 'red') => pct(f.failureRateByLevel[l].failureRate);
  console.log(
    `  ${`${dimension}=${group}`.padEnd(20)} ${String(f.pupils).padStart(5)} pupils  flagged ${pct(b.flaggedShare).padStart(7)}  sensitivity ${pct(b.sensitivity).padStart(7)}  false alarms ${pct(b.falseAlarmRate).padStart(7)}  precision ${pct(b.precision).padStart(7)}  red precision ${pct(f.red.precision).padStart(7)}  failure ${rate('green')} / ${rate('amber')} / ${rate('red')}`,
  );
}
for (const e of errors.slice(0, 20)) console.log(`  skipped ${e}`);
