import { describe, expect, it } from 'vitest';
import { wrapName } from '../../src/render/status-table.js';
import { formatValue } from '../../src/render/format.js';

describe('names in the narrow first column', () => {
  it('breaks a long id after a hyphen and keeps every character', () => {
    expect(wrapName('new-members-after-events', 18)).toBe('new-members-after-\nevents');
  });

  it('keeps the minus of a negative scale', () => {
    expect(wrapName('score -5–5', 18)).toBe('score -5–5');
  });
});

describe('euro amounts', () => {
  it('show cents only when there are any, so no amount is rounded away', () => {
    // Intl puts a no-break space between the sign and a Dutch amount
    expect(formatValue(12500, 'euro', 'nl-NL')).toBe('€\u00a012.500');
    expect(formatValue(12500.5, 'euro', 'nl-NL')).toBe('€\u00a012.500,50');
    expect(formatValue(12.5, 'euro', 'en-GB')).toBe('€12.50');
  });
});
