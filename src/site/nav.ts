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

/** The header menu; `noun` names what the programme tracks (楼栋, 小区). */
export const navItems = (noun: string): readonly NavItem[] => [
  { label: '首页', href: homeUrl() },
  { label: '社区', href: communitiesIndexUrl() },
  { label: noun, href: buildingsIndexUrl() },
  { label: '办事指南', href: guideUrl() },
  { label: '故事', href: storiesUrl() },
  { label: '数据', href: dataUrl() },
  { label: '关于', href: aboutUrl() },
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
