// /rss.xml: one item per month, what changed; the link is that month's permanent report page.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { monthEnd } from '../data/parseDate.ts';
import { summaryText, summaryTitle } from '../publish/changesSummary.ts';
import { monthlySummaries } from '../publish/monthlyChanges.ts';
import { dataset, report, stats, words } from '../site/dataset.ts';
import { absoluteUrl, reportUrl } from '../urls.ts';

export const GET: APIRoute = () =>
  rss({
    title: `${report.title}：每月变化`,
    description: `${report.street}${report.programme}每月进展：哪些${words.noun}到达了新的步骤，以及所有更正。`,
    site: report.siteUrl,
    customData: `<language>${report.locale}</language>`,
    items: monthlySummaries(dataset, stats).map((s) => ({
      title: summaryTitle(s),
      link: absoluteUrl(report.siteUrl, reportUrl(s.month)),
      // Data is as of the month's end; no clock time, so rebuilds give the same feed.
      pubDate: new Date(`${monthEnd(s.month)}T00:00:00Z`),
      description: summaryText(s),
    })),
  });
