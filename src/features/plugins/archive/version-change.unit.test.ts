import { describe, expect, it } from 'vitest';
import { versionChange } from './version-change.ts';

describe('versionChange', () => {
  it('tells an upgrade from a downgrade by semantic version, not by text', () => {
    expect(versionChange('1.9.0', '1.10.0')).toBe('upgrade');
    expect(versionChange('1.10.0', '1.9.0')).toBe('downgrade');
    expect(versionChange('2.0.0', '1.99')).toBe('downgrade');
    expect(versionChange('1.2', '1.2.1')).toBe('upgrade');
  });

  it('puts a pre-release before its release', () => {
    expect(versionChange('2.0.0', '2.0.0-beta.2')).toBe('downgrade');
    expect(versionChange('2.0.0-beta.2', '2.0.0-beta.10')).toBe('upgrade');
    expect(versionChange('2.0.0-beta', '2.0.0')).toBe('upgrade');
  });

  it('calls the same version a reinstall', () => {
    expect(versionChange('1.2.0', '1.2.0')).toBe('reinstall');
    expect(versionChange('1.2', '1.2.0')).toBe('reinstall');
    expect(versionChange('v1.2.0', '1.2.0+build.7')).toBe('reinstall');
  });

  it('says only "change" when a version is missing or unreadable', () => {
    expect(versionChange(null, '1.0.0')).toBe('change');
    expect(versionChange('1.0.0', null)).toBe('change');
    expect(versionChange('nightly', '1.0.0')).toBe('change');
  });
});
