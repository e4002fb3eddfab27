import { describe, expect, it } from 'vitest';
import { containsPattern } from '../api/palette-search.ts';
import { actionItems, matchesWords, pageItems } from './palette-items.ts';

describe('The secrets key filter', () => {
  it('finds a key containing the text in any case, with its symbols taken literally', () => {
    const pattern = new RegExp(containsPattern('api.k'));
    expect(pattern.test('OPENAI_API.KEY')).toBe(true);
    expect(pattern.test('openai_api.key')).toBe(true);
    expect(pattern.test('OPENAI_APIXKEY')).toBe(false);
  });
});

describe('Pages and actions', () => {
  it('match every typed word, in any order', () => {
    expect(matchesWords('Organization settings', 'set org')).toBe(true);
    expect(matchesWords('Organization settings', 'org keys')).toBe(false);
  });

  it('are only those the role may use', () => {
    const guest = { role: 'GUEST', invitationsOn: true, demo: true };
    const areas = [
      { label: 'Users', to: '/users', roles: ['ADMIN'] as const },
      { label: 'Datasets', to: '/datasets', roles: ['ADMIN', 'GUEST'] as const },
    ];
    expect(pageItems(guest, areas).map((item) => item.label)).toEqual(['Datasets', 'Roles']);
    expect(actionItems(guest).map((item) => item.label)).toEqual(['Switch persona']);
    const admin = { role: 'ADMIN', invitationsOn: false, demo: false };
    expect(actionItems(admin).map((item) => item.label)).toEqual([
      'Create group',
      'Install plugin',
      'Generate API key',
      'Change connection',
    ]);
  });
});
