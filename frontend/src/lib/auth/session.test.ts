import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/auth/session';

describe('safeReturnPath', () => {
  it('follows a path of this site after login', () => {
    expect(safeReturnPath('/units/100?tab=areas')).toBe('/units/100?tab=areas');
  });

  it('never sends the user to another site', () => {
    expect(safeReturnPath('//evil.example/units')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
