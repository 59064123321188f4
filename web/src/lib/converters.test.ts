import { Timestamp } from 'firebase/firestore';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { datesToTimestamps, parseDocumentData } from './converters';
import { InvalidDocumentError } from './invalid-document-error';

const schema = z.object({
  name: z.string(),
  when: z.date(),
  history: z.array(z.object({ at: z.date() })),
});

describe('converters', () => {
  it('maps nested Timestamps to Dates before parsing', () => {
    const when = new Date('2024-09-12T00:00:00Z');
    const parsed = parseDocumentData(
      schema,
      { name: 'x', when: Timestamp.fromDate(when), history: [{ at: Timestamp.fromDate(when) }] },
      'things/1',
    );
    expect(parsed.when).toEqual(when);
    expect(parsed.history[0]?.at).toEqual(when);
  });

  it('maps Dates back to Timestamps for writes', () => {
    const when = new Date('2024-09-12T00:00:00Z');
    expect(datesToTimestamps({ a: [{ when }] })).toEqual({
      a: [{ when: Timestamp.fromDate(when) }],
    });
  });

  it('logs and throws InvalidDocumentError for a document that fails its schema', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => parseDocumentData(schema, { name: 3 }, 'things/2')).toThrow(InvalidDocumentError);
    expect(log).toHaveBeenCalledWith('[invalid-document]', 'things/2', expect.any(String));
    log.mockRestore();
  });
});
