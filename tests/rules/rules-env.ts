import { readFileSync } from 'node:fs';
import {
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { setLogLevel } from 'firebase/firestore';
import type { Role } from '@domain';
import { RULES_PROJECT_ID } from '../../scripts/test-config.mjs';

export async function createRulesEnv(): Promise<RulesTestEnvironment> {
  // Denied reads are the expected outcome of half the tests: keep the SDK from logging them.
  setLogLevel('silent');
  const [host, port] = (process.env.FIRESTORE_EMULATOR_HOST ?? '127.0.0.1:8080').split(':');
  return initializeTestEnvironment({
    projectId: RULES_PROJECT_ID,
    firestore: {
      rules: readFileSync('firestore.rules', 'utf8'),
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
}

/** A client signed in with the actor's custom claims, or signed out for `null`. */
export function contextFor(env: RulesTestEnvironment, actor: Actor | null): RulesTestContext {
  if (!actor) return env.unauthenticatedContext();
  const { uid, ...claims } = actor;
  return env.authenticatedContext(uid, claims);
}
