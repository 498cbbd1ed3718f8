import { describe, expect, it } from 'vitest';
import { formatPhone, phoneHref } from './phone.ts';

describe('phone', () => {
  it('keeps a number on one line and links only its digits', () => {
    expect(formatPhone('020-8123 4567')).toBe('020\u20118123\u00a04567');
    expect(phoneHref('(020) 8123-4567')).toBe('tel:02081234567');
  });
});
