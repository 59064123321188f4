import { readFileSync } from 'node:fs';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, setDoc, setLogLevel } from 'firebase/firestore';
import { paths, type Role } from '@domain';
import { RULES_PROJECT_ID } from '../../scripts/test-config.mjs';

export async function createRulesEnv(): Promise<RulesTestEnvironment> {
  // Denied reads are the expected outcome of half the tests: keep the SDK from logging them.
  setLogLevel('silent');
  const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
  return initializeTestEnvironment({
    projectId: RULES_PROJECT_ID,
    firestore: {
      rules: readFileSync(process.env.RULES_FILE ?? 'firestore.rules', 'utf8'),
      host: host ?? '127.0.0.1',
      port: Number(port ?? 8080),
    },
  });
}

export interface Actor {
  uid: string;
  role: Role;
  schoolId?: string;
  districtId?: string;
  organizationId?: string;
  regionId?: string;
}

/** Role version every seeded actor holds, in its claims and in its profile. */
export const ROLE_VERSION = 1;

/** A client signed in with the actor's custom claims, or signed out for `null`. */
export function contextFor(env: RulesTestEnvironment, actor: Actor | null): RulesTestContext {
  if (!actor) return env.unauthenticatedContext();
  const { uid, ...claims } = actor;
  return env.authenticatedContext(uid, { rv: ROLE_VERSION, ...claims });
}

/** Writes the profiles (users/{uid}) that the rules check the role version against. */
export async function seedProfiles(env: RulesTestEnvironment, actors: Actor[]): Promise<void> {
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    await Promise.all(
      actors.map((a) =>
        setDoc(doc(db, paths.user(a.uid)), {
          displayName: a.uid,
          email: `${a.uid}@example.it`,
          role: a.role,
          schoolId: a.schoolId ?? null,
          districtId: a.districtId ?? null,
          ...(a.organizationId ? { organizationId: a.organizationId } : {}),
          ...(a.regionId ? { regionId: a.regionId } : {}),
          language: 'it',
          roleVersion: ROLE_VERSION,
        }),
      ),
    );
  });
}
