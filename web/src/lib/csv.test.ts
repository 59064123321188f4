import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, semicolons, CRLF, decimal commas and quotes where needed', () => {
    const csv = toCsv(
      ['Classe', 'Alunni', 'Media'],
      [
        ['2B', 21, 5.5],
        ['Sezione "A"; sede', null, 6],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Classe;Alunni;Media\r\n2B;21;5,5\r\n"Sezione ""A""; sede";;6\r\n');
  });
});
