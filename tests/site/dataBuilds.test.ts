// Builds of altered copies of the sample (the shared build in tests/global-setup.ts uses the clean one):
// data is text, never markup; and invalid data stops the build with every problem listed.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { htmlToHast } from 'satteri';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../scripts/validate.ts';
import { imageFilesUnder, metadataTags, writePlantedJpeg } from '../data/plantedPhoto.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
// Inside the project (as scripts/bench.ts does): with outDir in the project, Astro keeps its prerender
// chunks under it instead of the shared `.astro/`, where a concurrent build could delete them.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const work = mkdtempSync(path.join(root, '.cache', 'site-test-'));
const ACCENT = '#2e7d32';
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4" fill="#2e7d32"/></svg>';
const ABOUT_TEXT = '本站由街道办事处维护，公开本街道的改造进展。';
const dataDir = path.join(work, 'data');
const outDir = path.join(work, 'dist');
const HOSTILE = '<script>alert("x")</script>';
const HOSTILE_TITLE = `${HOSTILE}<img src=x onerror=alert(1)>`;

interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

/** Every element of a parsed page. */
function* walk(node: HtmlNode): Generator<HtmlNode> {
  if (node.type === 'element') yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const text = (node: HtmlNode): string => node.value ?? (node.children ?? []).map(text).join('');

/** A story with the sample's front matter around `body`; `title` is written as a quoted YAML string. */
const story = (title: string, body: string): string =>
  `---\ntitle: '${title}'\ndate: 2025-06-01\nbuildings: [xiwandong-001]\ndisplayName: 邻居\n` +
  `consentRecorded: true\nsample: true\nsummary: '${title}'\n---\n\n${body}`;
let buildOutput = '';

beforeAll(async () => {
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  // A phone photo with GPS, camera serial, thumbnail and orientation tag in place of a sample photo.
  await writePlantedJpeg(
    path.join(dataDir, 'photos', 'xiwan-038-in-service.jpg'),
    path.join(work, 'thumb.jpg'),
  );
  const snapshots = path.join(dataDir, 'snapshots');
  const latest = path.join(
    snapshots,
    readdirSync(snapshots)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .at(-1)!,
  );
  const lines = readFileSync(latest, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.startsWith('xiwandong-001,'));
  lines[i] = `${lines[i]!.replace(/,[^,]*$/, ',')}"${HOSTILE.replace(/"/g, '""')}"`;
  writeFileSync(latest, lines.join('\n'));
  writeFileSync(path.join(dataDir, 'stories', 'hostile-title.md'), story(HOSTILE_TITLE, '正文只是文字。\n'));
  // The office's own about text, named in report.json.
  const reportFile = path.join(dataDir, 'report.json');
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    reportFile,
    JSON.stringify({ ...report, about: 'about.md', theme: { accent: ACCENT, logo: 'logo.svg' } }, null, 2),
  );
  writeFileSync(path.join(dataDir, 'logo.svg'), LOGO);
  writeFileSync(path.join(dataDir, 'about.md'), `${ABOUT_TEXT}\n\n## 我们的承诺\n\n每月公开一次。\n`);
  // --force: Astro's content cache may still hold the stories of the last build's data directory.
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, GONGSHI_DATA: dataDir },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
  buildOutput = `${result.stdout}\n${result.stderr}`;
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('invalid data', () => {
  it('fails the build and prints every problem as file:line:column', () => {
    const bad = path.join(work, 'bad');
    cpSync(path.join(root, 'data'), bad, { recursive: true });
    const registry = path.join(bad, 'buildings.csv');
    const lines = readFileSync(registry, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/^([^,]*),[^,]*,/, '$1,nowhere,');
    lines[3] = lines[3]!.replace(/^((?:[^,]*,){3})[^,]*,/, '$112层楼,');
    writeFileSync(registry, lines.join('\n'));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', path.join(work, 'bad-dist')], {
      cwd: root,
      env: { ...process.env, GONGSHI_DATA: bad },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`${registry}:3:2: error:`);
    expect(output).toContain(`${registry}:4:4: error:`);
    // The problem list ends the output: no stack trace after it.
    expect(output.trimEnd().split('\n').at(-1)).toMatch(/^数据有 2 个错误，网站未生成。/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 180_000);
});

describe('a story that would run code', () => {
  it('stops the build with validate’s messages and writes nothing', async () => {
    const evil = path.join(work, 'evil');
    cpSync(path.join(root, 'data'), evil, { recursive: true });
    const file = path.join(evil, 'stories', 'evil.mdx');
    const body =
      "import { readFileSync } from 'node:fs'\n\n主机名：{readFileSync('/etc/hostname', 'utf8')}\n\n<script>alert(1)</script>\n";
    writeFileSync(file, story('主机名', body));
    const validated: string[] = [];
    expect(
      await runValidate(['--data', evil], { stdout: (l) => validated.push(l), stderr: () => {}, env: {} }),
    ).toBe(1);
    const errors = validated.filter((l) => l.includes(': error: '));
    expect(errors.map((l) => l.slice(file.length, l.indexOf(': error: ')))).toEqual([
      ':11:1',
      ':13:5',
      ':15:1',
    ]);

    const outDir = path.join(work, 'evil-dist');
    // --force: Astro's content cache may still hold the stories of the last build's data directory.
    const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, GONGSHI_DATA: evil },
      encoding: 'utf8',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    for (const line of errors) expect(output).toContain(line);
    expect(existsSync(outDir)).toBe(false);
  }, 180_000);
});

describe('a planted phone photo', () => {
  it('leaves no EXIF, GPS, XMP, IPTC or thumbnail in any image under dist/', () => {
    const files = imageFilesUnder(outDir);
    expect(files.some((f) => f.includes(`${path.sep}photos${path.sep}`))).toBe(true);
    expect(metadataTags(files)).toEqual([]);
  });
});

describe('build output', () => {
  it('says the data passed validation and shows no bundler warnings about stories', () => {
    expect(buildOutput).toMatch(/数据校验通过：.* \d+ 栋楼、\d+ 个月的快照，没有错误/);
    expect(buildOutput).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});

describe('theme', () => {
  it('carries the accent to every page and the posters, and serves the logo as favicon and header mark', async () => {
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain(`style="--brand:${ACCENT}"`);
    expect(home).toMatch(/<img class="site-mark" src="\/favicon.svg"/);
    expect(readFileSync(path.join(outDir, 'favicon.svg'), 'utf8')).toBe(LOGO);
    // The street poster's header band is drawn in the accent.
    const poster = readdirSync(path.join(outDir, 'posters')).find((f) => /^\d{4}-\d{2}\.png$/.test(f));
    const { data } = await sharp(path.join(outDir, 'posters', poster!))
      .extract({ left: 10, top: 10, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(`#${[...data].map((v) => v.toString(16).padStart(2, '0')).join('')}`).toBe(ACCENT);
  });
});

describe('about page', () => {
  it('shows the office’s about.md instead of the default introduction, keeping the generated parts', () => {
    const page = readFileSync(path.join(outDir, 'about', 'index.html'), 'utf8');
    expect(page).toContain(ABOUT_TEXT);
    expect(page).toMatch(/<h2[^>]*>我们的承诺<\/h2>/);
    expect(page).not.toContain('什么时候能用上电梯');
    for (const generated of ['每一步是什么意思', '数据从哪里来', '为长者阅读做了什么', '联系我们'])
      expect(page).toContain(generated);
  });
});

describe('escaping', () => {
  it('shows a story’s hostile front matter title as text, never as markup', () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    const shown = pages.filter((f) =>
      readFileSync(path.join(outDir, f), 'utf8').includes('onerror=alert(1)'),
    );
    expect(shown).toContain(path.join('stories', 'hostile-title', 'index.html'));
    for (const f of shown) {
      const tree = htmlToHast(readFileSync(path.join(outDir, f), 'utf8')) as HtmlNode;
      const elements = [...walk(tree)];
      // Parsed as a browser would: the title is text, so no element carries its handler or its script.
      expect(
        elements.filter((e) => e.properties?.['onError'] !== undefined),
        f,
      ).toEqual([]);
      expect(
        elements.filter((e) => e.tagName === 'script' && text(e).includes('alert(')),
        f,
      ).toEqual([]);
    }
    const story = htmlToHast(
      readFileSync(path.join(outDir, 'stories', 'hostile-title', 'index.html'), 'utf8'),
    ) as HtmlNode;
    expect([...walk(story)].filter((e) => e.tagName === 'h1').map(text)).toEqual([HOSTILE_TITLE]);
  });

  it('shows a <script> in a building note as text', () => {
    const page = readFileSync(path.join(outDir, 'buildings', 'xiwandong-001', 'index.html'), 'utf8');
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;script&gt;');
  });
});
