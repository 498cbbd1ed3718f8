// The guide's rendered Markdown, cut at its block placeholders (`<p>{{Steps}}</p>`) so the page can put the
// data-filled sections there, with inline placeholders (`{{Subsidy}}`) replaced by their text.
import { GUIDE_BLOCKS, type GuideBlock, type GuideInline } from '../data/scanGuide.ts';

export type GuidePart = { kind: 'html'; html: string } | { kind: 'block'; name: GuideBlock };

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Parts of the guide in order; `inline` gives the (plain) text of each inline placeholder. */
export function guideParts(html: string, inline: Record<GuideInline, string>): GuidePart[] {
  const filled = html.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in inline ? escapeHtml(inline[name as GuideInline]) : whole,
  );
  const names = GUIDE_BLOCKS.join('|');
  const pieces = filled.split(new RegExp(`<p>\\s*\\{\\{\\s*(${names})\\s*\\}\\}\\s*</p>`));
  return pieces.flatMap((piece, i): GuidePart[] => {
    if (i % 2 === 1) return [{ kind: 'block', name: piece as GuideBlock }];
    return piece.trim() === '' ? [] : [{ kind: 'html', html: piece }];
  });
}
