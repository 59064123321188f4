import { FirebaseError } from 'firebase/app';
import { describe, expect, it } from 'vitest';
import { saveErrorKey, settleOrQueue } from './save-outcome';

const never = new Promise<void>(() => undefined);

describe('settleOrQueue', () => {
  it('is "saved" when the server confirms within the wait', async () => {
    await expect(settleOrQueue(Promise.resolve(), 1000, true)).resolves.toBe('saved');
  });

  it('is "pending" when the server does not answer in time', async () => {
    await expect(settleOrQueue(never, 10, true)).resolves.toBe('pending');
  });

  it('is "pending" at once when the browser is offline', async () => {
    await expect(settleOrQueue(never, 60_000, false)).resolves.toBe('pending');
  });

  it('rejects with the error when the server refuses within the wait', async () => {
    const denied = new FirebaseError('permission-denied', 'denied');
    await expect(settleOrQueue(Promise.reject(denied), 1000, true)).rejects.toBe(denied);
  });
});

describe('saveErrorKey', () => {
  it.each([
    ['permission-denied', 'save.errors.permission'],
    ['unavailable', 'save.errors.offline'],
    ['invalid-argument', 'save.errors.invalid'],
    ['already-exists', 'save.errors.exists'],
    ['internal', 'save.errors.unknown'],
  ])('%s -> %s', (code, key) => {
    expect(saveErrorKey(new FirebaseError(code as 'internal', 'x'))).toBe(key);
  });
});
