import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundaries of STYLE.md ("One data layer") fail the build: the project's own ESLint
// config, on deliberately wrong imports placed (as text) where they would do harm.

const eslint = new ESLint({ cwd: process.cwd() });

async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/zones')
    .map((m) => m.message);
}

describe('lint zones', () => {
  it('a feature importing another feature fails, by alias or by relative path', async () => {
    expect(
      await zoneErrors(
        'web/src/features/risk/components/wrong.tsx',
        "import { PupilProfile } from '@/features/pupils/components/pupil-profile';\nexport const x = PupilProfile;\n",
      ),
    ).toEqual(['Features never import each other (risk -> pupils).']);
    expect(
      await zoneErrors(
        'web/src/features/risk/components/wrong.tsx',
        "export { markLabel } from '../../records/lib/marks';\n",
      ),
    ).toEqual(['Features never import each other (risk -> records).']);
  });

  it('lib/ and components/ importing a feature fail', async () => {
    expect(
      await zoneErrors(
        'web/src/lib/wrong.ts',
        "import it from '@/features/records/locales/it.json';\nexport default it;\n",
      ),
    ).toEqual(['web/src/lib and web/src/components never import a feature (records).']);
    expect(
      await zoneErrors(
        'web/src/components/ui/wrong.tsx',
        "export const load = () => import('@/features/staff/components/audit-log');\n",
      ),
    ).toEqual(['web/src/lib and web/src/components never import a feature (staff).']);
  });

  it('the domain importing anything but zod and its own files fails', async () => {
    const domainFile = 'functions/src/domain/wrong.ts';
    expect(
      await zoneErrors(domainFile, "import { db } from '../lib/admin';\nexport const x = db;\n"),
    ).toEqual(['The domain imports zod and its own files only.']);
    expect(await zoneErrors(domainFile, "import 'firebase-admin/firestore';\n")).toEqual([
      'The domain imports zod and its own files only.',
    ]);
    expect(
      await zoneErrors(
        domainFile,
        "import { z } from 'zod';\nimport { paths } from './paths';\nexport const x = [z, paths];\n",
      ),
    ).toEqual([]);
  });

  it('what the rules allow stays allowed: own feature, shared code, the domain, app/', async () => {
    expect(
      await zoneErrors(
        'web/src/features/risk/components/ok.tsx',
        "import '@/features/risk/locales';\nimport { queryKeys } from '@/lib/query-keys';\nimport { paths } from '@domain';\nexport const x = [queryKeys, paths];\n",
      ),
    ).toEqual([]);
    expect(
      await zoneErrors(
        'web/src/app/routes/ok.tsx',
        "import { RiskPanel } from '@/features/risk/components/risk-panel';\nexport const x = RiskPanel;\n",
      ),
    ).toEqual([]);
  });
});
