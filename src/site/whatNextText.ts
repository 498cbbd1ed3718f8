// The sentences of the "现在在等什么" box, shared by the page and the read-aloud button; their words come
// from the locale table's whatNext section (`text`), the programme's from report.json (`words`).
import type { EntityWords } from '../data/programmeWords.ts';
import type { ServicePoint } from '../data/types.ts';
import { formatDate, formatDecimal, formatMonths } from '../format/index.ts';
import type { UiStrings } from '../i18n/uiTable.ts';
import type { StepTime } from '../stats/stepTimes.ts';
import type { WhatNext } from './whatNext.ts';

/** The interface words of the box (the locale table's whatNext section). */
export type WhatNextText = UiStrings['whatNext'];

/** Months at a step as residents say it: whole months, or 不到1个月. */
export function monthsSpoken(months: number, text: WhatNextText): string {
  return months < 1 ? text.underAMonth : formatMonths(Math.floor(months));
}

/** Where the building stands now. */
export function currentSentence(
  box: WhatNext,
  notStarted: string,
  words: EntityWords,
  text: WhatNextText,
): string {
  if (box.kind === 'ineligible')
    return text.ineligible(words, words.ineligible, box.ineligibleReason ?? text.reasonUnknown);
  if (!box.current) return text.notStarted(words, notStarted);
  const on = box.currentDate ? text.on(formatDate(box.currentDate)) : '';
  if (box.kind === 'done') return text.done(words, box.current.label, on);
  // A withdrawn building is not waiting: no clock runs for it.
  const soFar =
    box.monthsAtStage === undefined || box.status === 'withdrawn'
      ? ''
      : text.soFar(monthsSpoken(box.monthsAtStage, text));
  return text.current(words, box.current.label, on, soFar);
}

/** How long the next step usually takes in this street, or that there is not enough history yet. */
export function typicalSentence(
  step: StepTime | undefined,
  street: string,
  words: EntityWords,
  text: WhatNextText,
): string | undefined {
  if (!step) return undefined;
  const { noun, counter } = words;
  if (step.median === undefined || step.p25 === undefined || step.p75 === undefined)
    return text.typicalTooFew(street, noun, step.count, counter);
  return text.typical(
    street,
    formatMonths(step.median),
    formatDecimal(step.p25, 1),
    formatMonths(step.p75),
    noun,
    step.count,
    counter,
  );
}

/**
 * The calm note for a building past the 75th percentile at its step: whom to ask, the service point and,
 * when the programme has one (report.json `entity.group`), the residents' own group.
 */
export function slowSentence(
  box: WhatNext,
  fallbackContact: string,
  words: EntityWords,
  text: WhatNextText,
): string | undefined {
  if (!box.slow) return undefined;
  return text.slow(words, words.noun, contactName(box.servicePoint, fallbackContact), words.group);
}

/** Name of the place to ask. */
export function contactName(point: ServicePoint | undefined, fallback: string): string {
  return point?.name ?? fallback;
}

/** Everything the box says, as plain sentences for reading aloud. */
export function whatNextSentences(
  box: WhatNext,
  street: string,
  notStarted: string,
  fallbackContact: string,
  words: EntityWords,
  text: WhatNextText,
): string[] {
  const out = [currentSentence(box, notStarted, words, text)];
  if (box.kind === 'ineligible') {
    if (box.canChange) out.push(box.canChange);
    return out;
  }
  if (box.statusWording) out.push(box.statusWording.meaning, box.statusWording.restart ?? '');
  if (box.next) {
    out.push(text.next(box.next.label));
    if (box.next.involves) out.push(box.next.involves);
    if (box.next.actor) out.push(text.actor(box.next.actor));
    if (box.next.residentsCan) out.push(text.residentsCan(box.next.residentsCan));
    out.push(typicalSentence(box.typical, street, words, text) ?? '');
  }
  out.push(slowSentence(box, fallbackContact, words, text) ?? '');
  if (box.startGroup) out.push(box.startGroup.title, box.startGroup.text);
  return out.filter((s) => s !== '');
}
