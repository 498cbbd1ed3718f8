// Writes a tiny data directory into a temp dir, so loader tests can feed real (bad) files.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LoadResult } from '../../src/data/types.ts';
import { makeReport } from '../factories.ts';

export type Files = Record<string, string | Uint8Array | null>;

/** A small valid dataset: 2 communities, 3 buildings (b3 ineligible), two monthly snapshots. */
export function validFiles(): Files {
  return {
    'report.json': JSON.stringify(makeReport(), null, 2),
    'communities.csv': 'community_id,name\nc1,一社区\nc2,二社区\n',
    'buildings.csv':
      'building_id,community_id,address,floors,households,residents,eligible,lat,lng\n' +
      'b1,c1,测试路1号,7,28,100,yes,23.1,113.2\n' +
      'b2,c1,测试路2号,8,30,90,是,,\n' +
      'b3,c2,西湾东1号,6,20,60,no,,\n',
    'snapshots/2025-08.csv':
      'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\n' +
      'b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,,,,\n' +
      'b2,paused,2025-02-01,,,,,,,\n',
    'snapshots/2025-09.csv':
      'building_id,status,group_formed,consent,notice,permit,construction,in_service,subsidy,note\n' +
      'b1,active,2025-01-05,2025-03-01,2025-04-01,2025-06-01,2025-09-03,,,已开工\n' +
      'b2,active,2025-02-01,,,,,,,\n',
  };
}

/** Writes `validFiles()` with `overrides` applied (null deletes a file); returns the directory. */
export async function writeDataset(overrides: Files = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gongshi-data-'));
  const files = { ...validFiles(), ...overrides };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

/** `relative/path:line:column: severity code` for every problem, to assert exact places. */
export function places(result: LoadResult, dir: string): string[] {
  const problems = result.ok ? result.warnings : result.problems;
  return problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}:${p.column}: ${p.severity} ${p.code ?? ''}`);
}

/** A valid story about b1; `fields` replace, add (or with null, remove) front matter lines. Body starts on line 11. */
export function storyText(body: string, fields: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = {
    title: '电梯开通',
    date: '2025-06-01',
    buildings: '[b1]',
    displayName: '王阿姨',
    consentRecorded: 'true',
    sample: 'true',
    summary: '测试用的故事。',
    ...fields,
  };
  const lines = Object.entries(all).flatMap(([key, value]) => (value === null ? [] : [`${key}: ${value}`]));
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
