// /rss.xml: one item per month, what changed; the link is that month's permanent report page.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { monthEnd } from '../data/parseDate.ts';
import { summaryText, summaryTitle } from '../publish/changesSummary.ts';
import { monthlySummaries } from '../publish/monthlyChanges.ts';
import { dataset, report, stats, ui, words } from '../build/dataset.ts';
import { absoluteUrl, reportUrl } from '../urls.ts';

export const GET: APIRoute = () =>
  rss({
    // The same title the pages' <link rel="alternate"> give the feed.
    title: ui.changes.feedTitle(report.title),
    description: ui.feeds.feedDescription(report.street, report.programme, words.noun),
    site: report.siteUrl,
    customData: `<language>${report.locale}</language>`,
    items: monthlySummaries(dataset, stats, ui.feeds).map((s) => ({
      title: summaryTitle(s, ui.feeds),
      link: absoluteUrl(report.siteUrl, reportUrl(s.month)),
      // Data is as of the month's end; no clock time, so rebuilds give the same feed.
      pubDate: new Date(`${monthEnd(s.month)}T00:00:00Z`),
      description: summaryText(s, ui.feeds),
    })),
  });
