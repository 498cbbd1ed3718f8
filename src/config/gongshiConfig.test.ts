import { describe, expect, it } from 'vitest';
import { dataDirOption, resolveGongshiConfig } from './gongshiConfig.ts';

describe('dataDirOption', () => {
  it('prefers the flag, then GONGSHI_DATA, then data; an empty value counts as unset', () => {
    expect(dataDirOption('mine', { GONGSHI_DATA: 'env' })).toBe('mine');
    expect(dataDirOption(undefined, { GONGSHI_DATA: 'env' })).toBe('env');
    expect(dataDirOption('', { GONGSHI_DATA: '' })).toBe('data');
  });
});

describe('resolveGongshiConfig', () => {
  const root = new URL('../..', import.meta.url).pathname;

  it('reads the sample data’s address: published at the root', () => {
    const config = resolveGongshiConfig(root, {});
    expect(config).toMatchObject({ dataDir: 'data', site: 'https://gongshi.example.org/', base: '/' });
    expect(config.posterCacheDir).toBe(`${root}.cache/posters`);
  });

  it('leaves site unset for a data directory without a readable report.json, so the data check reports it', () => {
    const config = resolveGongshiConfig(root, { GONGSHI_DATA: 'no-such-folder' });
    expect(config.site).toBeUndefined();
    expect(config.base).toBe('/');
  });
});
