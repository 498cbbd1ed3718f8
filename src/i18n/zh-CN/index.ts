// The complete zh-CN interface table: one section per page or part of a page.
import { nav } from './nav.ts';
import { footer } from './footer.ts';
import { search } from './search.ts';
import { home } from './home.ts';
import { stories } from './stories.ts';
import { share } from './share.ts';
import { common } from './common.ts';
import { about } from './about.ts';
import { guide } from './guide.ts';
import { notFound } from './notFound.ts';
import { data } from './data.ts';
import { reports } from './reports.ts';
import { changes } from './changes.ts';
import { building } from './building.ts';
import { community } from './community.ts';
import { answers } from './answers.ts';
import { charts } from './charts.ts';
import { whatNext } from './whatNext.ts';
import { figures } from './figures.ts';
import { posters } from './posters.ts';
import { searchPage } from './searchPage.ts';
import { openData } from './openData.ts';
import { feeds } from './feeds.ts';

export const zhCN = {
  nav,
  footer,
  search,
  home,
  stories,
  share,
  common,
  about,
  guide,
  notFound,
  data,
  reports,
  changes,
  building,
  community,
  answers,
  charts,
  whatNext,
  figures,
  posters,
  searchPage,
  openData,
  feeds,
};
