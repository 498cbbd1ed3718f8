// Link cards show what a page is about at a glance: the street's or a community's key figures, a
// month's figures, a building's state; not the title a second time.
import type { Dataset } from '../data/types.ts';
import { formatDate } from '../format/index.ts';
import { buildingUrl, communityUrl, homeUrl, reportUrl, storyUrl } from '../urls.ts';
import { stateHeadline } from '../stats/headline.ts';
import { uiFor } from '../i18n/uiTable.ts';
import type { SiteStats } from '../stats/types.ts';
import { figuresFor, headlineFigures, monthEnd, posterPhoto, type OgFacts } from './models.ts';
import { storyCover } from './storyModel.ts';
import type { PosterText } from './types.ts';

const CARD_FIGURES = 3;

/** Facts per page path, for every page that has them; other pages keep their description. */
export function ogFacts(dataset: Dataset, stats: SiteStats, text: PosterText): Map<string, OgFacts> {
  const { report } = dataset;
  const facts = new Map<string, OgFacts>();
  const asOf = (month: string): string => text.dataAsOf(formatDate(monthEnd(month)));
  const latest = stats.latestMonth;
  const street = (month: string) =>
    headlineFigures(report, figuresFor(stats.street.series, month)).slice(0, CARD_FIGURES);

  facts.set(homeUrl(), {
    figures: street(latest),
    state: undefined,
    subtitle: text.parts(report.street, asOf(latest)),
  });
  for (const month of stats.months) {
    facts.set(reportUrl(month), {
      figures: street(month),
      state: undefined,
      subtitle: text.parts(report.street, asOf(month)),
    });
  }
  for (const community of dataset.communities) {
    const scope = stats.communities[community.id];
    if (!scope) continue;
    facts.set(communityUrl(community.id), {
      figures: headlineFigures(report, figuresFor(scope.series, latest)).slice(0, CARD_FIGURES),
      state: undefined,
      subtitle: text.parts(report.street, asOf(latest)),
    });
  }
  for (const building of dataset.buildings) {
    const state = stats.buildings[building.id];
    if (!state) continue;
    facts.set(buildingUrl(building.id), {
      figures: [],
      state: stateHeadline(report, state, uiFor(report.locale).figures),
      subtitle: text.parts(report.street, text.communityName(state.community.name), asOf(latest)),
    });
  }
  // A story's card shows the cover its poster shows.
  for (const story of dataset.stories) {
    const cover = storyCover(story, dataset.storyPhotos);
    if (cover) facts.set(storyUrl(story.slug), { figures: [], state: undefined, photo: posterPhoto(cover) });
  }
  return facts;
}
