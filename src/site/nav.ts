// Header navigation and breadcrumb models, shared by the layout and tests.
import {
  aboutUrl,
  buildingsIndexUrl,
  communitiesIndexUrl,
  dataUrl,
  guideUrl,
  homeUrl,
  storiesUrl,
} from '../urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** The words of the header menu (the UI table's nav section). */
export interface NavLabels {
  home: string;
  communities: string;
  guide: string;
  stories: string;
  data: string;
  about: string;
}

/** The header menu; `noun` names what the programme tracks (楼栋, 小区). */
export const navItems = (noun: string, labels: NavLabels): readonly NavItem[] => [
  { label: labels.home, href: homeUrl() },
  { label: labels.communities, href: communitiesIndexUrl() },
  { label: noun, href: buildingsIndexUrl() },
  { label: labels.guide, href: guideUrl() },
  { label: labels.stories, href: storiesUrl() },
  { label: labels.data, href: dataUrl() },
  { label: labels.about, href: aboutUrl() },
];

/** The nav item the page at `path` belongs to (longest matching prefix; home only for `/`). */
export function currentNav(path: string, items: readonly NavItem[]): NavItem | undefined {
  const clean = path.endsWith('/') ? path : `${path}/`;
  return [...items]
    .filter((n) => (n.href === '/' ? clean === '/' : clean.startsWith(n.href)))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/** One breadcrumb; the last one (the current page) has no href. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}
