// The /search/ page in the browser: read `q` from the URL, search the Pagefind index, list the pages found
// (address, community, current stage), each linked straight to its page. Bundled by Astro into one small
// module; Pagefind's own script and index load only here.

/** The part of Pagefind's browser API this page uses (see pagefind.app/docs/api/). */
interface PagefindResult {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindHit {
  id: string;
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(options: { baseUrl?: string; ranking: Record<string, number> }): Promise<void>;
  search(query: string): Promise<{ results: PagefindHit[] } | null>;
}

import type { UiStrings } from '../i18n/uiTable.ts';
import { hasExactMatch, normalizeAddress, rankResults } from './rankResults.ts';

const MAX_SHOWN = 50;
// Where the site is published (`/` or `/xicun/`): Vite fixes it from Astro's `base` in browser code.
// Written out rather than imported from src/urls.ts, which would grow this page's own script.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
// The programme's words (楼栋 and 楼, or 小区) and the locale's searchPage section, written on the form by
// the page: the table itself stays out of this script.
const { noun = '', item = '', ui: uiJson = '{}' } = form?.dataset ?? {};
const ui = JSON.parse(uiJson) as UiStrings['searchPage'];

/** The entry `key` with its `{name}` marks filled in; the programme's words are always at hand. */
function say(key: keyof UiStrings['searchPage'], values: Record<string, string> = {}): string {
  const all: Record<string, string> = { noun, item, ...values };
  return ui[key].replace(/\{(\w+)\}/g, (mark, name: string) => all[name] ?? mark);
}

function row(r: PagefindResult): HTMLLIElement {
  const { title, address, community, stage, type } = r.meta;
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  const name = document.createElement('span');
  name.className = 'search-result-title';
  name.textContent = type === 'building' ? (address ?? title ?? r.url) : (title ?? r.url);
  const detail = document.createElement('span');
  detail.className = 'search-result-meta';
  detail.textContent =
    type === 'building'
      ? `${community ?? ''} · ${stage ?? ui.unknownStage}`
      : type === 'story'
        ? `${ui.storyResult}${address ? ` · ${address}` : ''}`
        : ui.communityResult;
  a.append(name, detail);
  li.append(a);
  return li;
}

async function run(query: string): Promise<void> {
  if (!statusLine || !list) return;
  statusLine.textContent = say('searching', { query });
  try {
    // A variable, so the bundler leaves Pagefind's runtime file alone.
    const bundle = `${BASE}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    // Result URLs are index paths under the site's base (/xicun/buildings/x/ when published under a path).
    // Building pages are all about as long; do not favour the shortest, and prefer whole numbers (1 over 10).
    await pagefind.options({ baseUrl: BASE, ranking: { pageLength: 0, termSimilarity: 2 } });
    // The whole query as a phrase first: 「西湾东1」 then matches 西湾东1号 but not 西湾东10号, whose number
    // is another word. Then every page with all the words, in Pagefind's order.
    const words = query.replaceAll('"', '');
    const [phrase, loose] = await Promise.all([pagefind.search(`"${words}"`), pagefind.search(words)]);
    const seen = new Set<string>();
    const results = [...(phrase?.results ?? []), ...(loose?.results ?? [])].filter(
      (r) => !seen.has(r.id) && Boolean(seen.add(r.id)),
    );
    const shown = await Promise.all(results.slice(0, MAX_SHOWN).map((r) => r.data()));
    list.replaceChildren(...rankResults(query, shown, (r) => r.meta, ui).map(row));
    const found = say('found', { count: String(results.length) });
    const inexact = hasExactMatch(query, shown, (r) => r.meta, ui) ? '' : say('notExact', { query });
    if (results.length === 0) statusLine.textContent = say('nothingFound', { query });
    else if (results.length > MAX_SHOWN)
      statusLine.textContent = `${found}${inexact}${say('nearestShown', { shown: String(MAX_SHOWN) })}`;
    else statusLine.textContent = `${found}${inexact}${inexact === '' ? ui.foundAll : ui.nearest}`;
  } catch {
    statusLine.textContent = say('unavailable');
  }
}

if (form && input instanceof HTMLInputElement) {
  const query = normalizeAddress(new URLSearchParams(location.search).get('q') ?? '');
  input.value = query;
  if (query !== '') void run(query);
}
