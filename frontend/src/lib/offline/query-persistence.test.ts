import { describe, expect, it } from 'vitest';
import { isKeptOffline } from '@/lib/offline/query-persistence';

describe('what is kept on the device for reading offline', () => {
  it('keeps the user’s own work: who they are, their work, report slots, directives opened', () => {
    expect(isKeptOffline(['current-user'])).toBe(true);
    expect(isKeptOffline(['assignments', 'list', { page: 0 }])).toBe(true);
    expect(isKeptOffline(['assignments', 'one', 501])).toBe(true);
    expect(isKeptOffline(['assignments', 'reports', 501])).toBe(true);
    expect(isKeptOffline(['reports', 'list', { inbox: false }])).toBe(true);
    expect(isKeptOffline(['directives', 'list', {}])).toBe(true);
    expect(isKeptOffline(['directives', 'detail', 7])).toBe(true);
  });

  it('keeps the organization’s "Dân vận khéo" models and the movement’s fields and rounds', () => {
    expect(isKeptOffline(['models', 'list', { unitId: 100 }])).toBe(true);
    expect(isKeptOffline(['models', 'detail', 302])).toBe(true);
    expect(isKeptOffline(['models', 'movements'])).toBe(true);
    expect(isKeptOffline(['models', 'photo', 3020, 9])).toBe(false);
    expect(isKeptOffline(['public-models', 'list', {}])).toBe(false);
  });

  it('keeps nothing else: searches of organizations and units, summaries of the province', () => {
    expect(isKeptOffline(['directives', 'organization-options', 'UBND', null])).toBe(false);
    expect(isKeptOffline(['units', 'search', 'An'])).toBe(false);
    expect(isKeptOffline(['assignments', 'summary', {}])).toBe(false);
    expect(isKeptOffline(['assignments'])).toBe(false);
  });
});
