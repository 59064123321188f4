import { describe, expect, it } from 'vitest';
import { callableErrorText } from './callable-error';

describe('callableErrorText', () => {
  const refused = Object.assign(new Error('Non puoi revocare il tuo stesso ruolo.'), {
    code: 'functions/failed-precondition',
    details: { en: 'You cannot revoke your own role.' },
  });

  it('gives the Italian message or the English details by language', () => {
    expect(callableErrorText(refused, 'it')).toEqual({
      text: 'Non puoi revocare il tuo stesso ruolo.',
    });
    expect(callableErrorText(refused, 'en')).toEqual({ text: 'You cannot revoke your own role.' });
  });

  it('falls back to a key for errors without both languages', () => {
    expect(callableErrorText({ code: 'permission-denied' }, 'it')).toEqual({
      key: 'errors.denied',
    });
    expect(callableErrorText({ code: 'functions/internal', message: 'internal' }, 'en')).toEqual({
      key: 'errors.network',
    });
    expect(callableErrorText(new Error('boom'), 'it')).toEqual({ key: 'errors.unknown' });
  });
});
