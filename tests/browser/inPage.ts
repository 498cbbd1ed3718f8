// Functions that run inside the page (passed to page.evaluate): each is self-contained (it is serialised
// into the page), so shared helpers are repeated inside them rather than imported.
// `describe` renders an element as `<tag#id.class> "text…"`, enough to find it in the page source.

/** Horizontal overflow of the page: the widths and the outermost elements sticking out on the right. */
export function horizontalOverflow(): { scrollWidth: number; clientWidth: number; offenders: string[] } {
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const doc = document.documentElement;
  const limit = doc.clientWidth;
  const offenders: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (offenders.length >= 8) break;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= limit + 1) continue;
    // Report the outermost element only: skip it when its parent already sticks out.
    const parent = el.parentElement;
    if (parent && parent !== document.body && parent.getBoundingClientRect().right > limit + 1) continue;
    // Content inside a horizontally scrollable box (a wide table in its wrapper) is fine.
    let scrollable = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if (ox === 'auto' || ox === 'scroll') scrollable = true;
    }
    if (!scrollable) offenders.push(`${describe(el)} right edge at ${Math.round(rect.right)}px`);
  }
  return { scrollWidth: doc.scrollWidth, clientWidth: limit, offenders };
}

/**
 * Emulate text zoom the way Android WebView (WeChat's browser) and Android font scaling do it: every
 * computed font size is multiplied by `factor`, whatever unit the stylesheet used; layout is not zoomed.
 */
export function applyTextZoom(factor: number): void {
  const all = [document.documentElement, ...Array.from(document.querySelectorAll('body, body *'))];
  // Read every size first, then write, so a parent's new size does not compound into its children.
  const sizes = all.map((el) => parseFloat(getComputedStyle(el).fontSize));
  all.forEach((el, i) => {
    if (el instanceof HTMLElement || el instanceof SVGElement) {
      el.style.setProperty('font-size', `${String((sizes[i] ?? 16) * factor)}px`, 'important');
    }
  });
}

/**
 * Text cut off: an element that hides overflow (overflow hidden/clip, or text-overflow) and whose content is
 * wider or taller than its box. Visually-hidden text for screen readers (1px boxes, clip) is left out, and so
 * is SVG (charts scale as images).
 */
export function clippedText(): string[] {
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!(el instanceof HTMLElement) || el.closest('svg')) continue;
    const style = getComputedStyle(el);
    const hides = (v: string): boolean => v === 'hidden' || v === 'clip';
    if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually-hidden pattern
    if (style.clip !== 'auto' && style.clip !== '') continue;
    if ((el.textContent ?? '').trim() === '') continue;
    const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (wide || tall) {
      found.push(
        `${describe(el)} content ${String(el.scrollWidth)}×${String(el.scrollHeight)} in a ${String(el.clientWidth)}×${String(el.clientHeight)} box`,
      );
    }
  }
  return found;
}

/**
 * Text that spills out of a box with a fixed height into whatever follows it (overlap): overflow visible, but
 * the content is taller than the box.
 */
export function spilledText(): string[] {
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}>${text ? ` "${text}"` : ''}`;
  };
  const found: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!(el instanceof HTMLElement) || el.closest('svg')) continue;
    const style = getComputedStyle(el);
    if (style.overflowY !== 'visible' || style.display === 'inline' || style.display === 'none') continue;
    if (style.position === 'absolute' || style.position === 'fixed') continue;
    if ((el.textContent ?? '').trim() === '' || el.clientHeight === 0) continue;
    if (el.scrollHeight > el.clientHeight + 2) {
      found.push(
        `${describe(el)} content ${String(el.scrollHeight)}px tall in a ${String(el.clientHeight)}px box`,
      );
    }
  }
  return found;
}

/** What a reader sees of the data: numbers in the main text, visible charts and tables. */
export function contentSummary(): {
  numbers: string[];
  charts: number;
  visibleCharts: number;
  tables: number;
  rows: number;
} {
  const main = document.querySelector('main') ?? document.body;
  const text = main.textContent ?? '';
  const charts = Array.from(main.querySelectorAll('svg')).filter(
    (s) => s.parentElement?.closest('svg') === null,
  );
  // Icons are not charts: count SVGs that are at least 100px wide or carry a title/aria-label.
  const real = charts.filter(
    (s) => s.getBoundingClientRect().width >= 100 || s.querySelector('title') !== null,
  );
  return {
    numbers: (text.match(/\d[\d,.]*/g) ?? []).slice(0, 2000),
    charts: real.length,
    visibleCharts: real.filter((s) => {
      const r = s.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(s).visibility !== 'hidden';
    }).length,
    tables: main.querySelectorAll('table').length,
    rows: main.querySelectorAll('table tr').length,
  };
}
