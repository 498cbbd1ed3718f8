// The "现在在等什么" box, service points, the community call to action and the guide, on the built sample.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import type { Dataset, SnapshotRow } from '../../src/data/types.ts';
import { formatMonths, formatPhone } from '../../src/format/index.ts';
import { stageOf } from '../../src/stats/stage.ts';
import { stepTimes } from '../../src/stats/stepTimes.ts';
import { buildingUrl, communityUrl, guideUrl } from '../../src/urls.ts';
import { htmlFileFor } from '../browser/dist.ts';

let dataset: Dataset;
let rows: Map<string, SnapshotRow>;
const html = (url: string): string => readFileSync(htmlFileFor(url), 'utf8');
/** The box's HTML on a building page. */
const box = (id: string): string =>
  /<section class="what-next"[\s\S]*?<\/section>/.exec(html(buildingUrl(id)))?.[0] ?? '';
const keys = (): string[] => dataset.report.milestones.map((m) => m.key);

beforeAll(async () => {
  const result = await loadDataset('data');
  if (!result.ok) throw new Error('sample data does not load');
  dataset = result.dataset;
  rows = new Map(dataset.snapshots.at(-1)?.rows.map((r) => [r.buildingId, r]));
});

describe('the what-next box', () => {
  it('is on every building page, with whom to ask', () => {
    const missing = dataset.buildings.filter((b) => {
      const text = box(b.id);
      const point = dataset.communities.find((c) => c.id === b.communityId)?.servicePoint;
      return !text.includes('现在在等什么') || !point || !text.includes(point.name);
    });
    expect(missing.map((b) => b.id)).toEqual([]);
  });

  it('gives active buildings their next step, its typical time from the street history, and the months so far', () => {
    const steps = stepTimes(rows.values(), keys());
    const active = dataset.buildings.filter((b) => b.eligible && rows.get(b.id)?.status === 'active');
    const wrong = active.flatMap((b) => {
      const stage = stageOf(rows.get(b.id), keys());
      const i = keys().indexOf(stage);
      const next = dataset.report.milestones[i + 1];
      const text = box(b.id);
      if (!next) return text.includes('下一步') ? [`${b.id}: next step after the last`] : [];
      const problems: string[] = [];
      if (!text.includes(`下一步：${next.label}`)) problems.push(`${b.id}: no next step ${next.label}`);
      if (!text.includes(`href="${guideUrl(next.key)}"`)) problems.push(`${b.id}: no guide link`);
      if (i >= 0) {
        const step = steps.get(stage);
        const typical = step?.median === undefined ? '暂时算不出' : `通常需要约${formatMonths(step.median)}`;
        if (!text.includes(typical)) problems.push(`${b.id}: no “${typical}”`);
        if (!/到现在已经(不到1个月|\d+个月)/.test(text)) problems.push(`${b.id}: no months at the step`);
      }
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('asks for a group leader on exactly the 15 eligible buildings without a group', () => {
    const withCall = dataset.buildings.filter((b) => box(b.id).includes('想牵头成立筹备组？'));
    const noGroup = dataset.buildings.filter((b) => b.eligible && stageOf(rows.get(b.id), keys()) === 'none');
    expect(withCall.map((b) => b.id)).toEqual(noGroup.map((b) => b.id));
    expect(withCall).toHaveLength(15);
  });

  it('shows no next step for withdrawn or paused buildings, and says what their status means', () => {
    for (const status of ['withdrawn', 'paused', 'disputed'] as const) {
      const ids = [...rows.values()].filter((r) => r.status === status).map((r) => r.buildingId);
      expect(ids.length, status).toBeGreaterThan(0);
      const meaning = dataset.report.statuses?.[status]?.meaning ?? '';
      for (const id of ids) {
        const text = box(id);
        expect(text, id).toContain(meaning);
        expect(text.includes('下一步'), id).toBe(status === 'disputed');
        expect(text.includes('比大多数楼栋长'), id).toBe(false);
      }
    }
  });

  it('gives ineligible buildings their recorded reason and whether it can change', () => {
    const ineligible = dataset.buildings.filter((b) => !b.eligible);
    for (const b of ineligible.slice(0, 30)) {
      const text = box(b.id);
      expect(text).toContain(`原因：${b.ineligibleReason ?? '未记录'}`);
      expect(text).toContain(
        dataset.report.ineligible?.reasons?.[b.ineligibleReason ?? ''] ??
          dataset.report.ineligible?.canChange ??
          '',
      );
      expect(text).not.toContain('下一步');
    }
  });
});

describe('community pages and the footer', () => {
  it('list their eligible buildings without a group, and show their service point', () => {
    for (const c of dataset.communities) {
      const page = html(communityUrl(c.id));
      const noGroup = dataset.buildings.filter(
        (b) => b.communityId === c.id && b.eligible && stageOf(rows.get(b.id), keys()) === 'none',
      );
      for (const b of noGroup) expect(page, c.id).toContain(`href="${buildingUrl(b.id)}"`);
      expect(page.includes('id="start-group"'), c.id).toBe(noGroup.length > 0);
      expect(page).toContain(formatPhone(c.servicePoint?.phone ?? 'no phone in the sample'));
      const footer = /<footer[\s\S]*<\/footer>/.exec(page)?.[0] ?? '';
      expect(footer).toContain(c.servicePoint?.name ?? 'no service point');
    }
  });
});

describe('the guide', () => {
  it('has every step at its anchor, each linked from a building page at that step', () => {
    const guide = html(guideUrl());
    const linked = new Set(
      dataset.buildings.flatMap((b) =>
        [...box(b.id).matchAll(/href="\/guide\/#([a-z_]+)"/g)].map((m) => m[1]),
      ),
    );
    for (const key of keys()) {
      expect(guide, key).toContain(`id="${key}"`);
      // The last milestone is nobody's next step only when every building has reached it.
      expect(linked.has(key), key).toBe(true);
    }
  });

  it('fills its figures from the data: subsidy, cost example and typical durations', () => {
    // Text only: the page keeps numbers and their units together in spans.
    const guide = html(guideUrl()).replace(/<[^>]+>/g, '');
    expect(guide).toContain('10万元');
    expect(guide).toContain('55万元');
    const steps = stepTimes(rows.values(), keys());
    const permit = steps.get('notice');
    expect(guide).toContain(`通常需要约${formatMonths(permit?.median)}`);
  });
});
