// The sentences of the "现在在等什么" box, in plain Chinese, shared by the page and the read-aloud button.
import { thisItem, type EntityWords } from '../data/programmeWords.ts';
import type { ServicePoint } from '../data/types.ts';
import { formatDate, formatDecimal, formatMonths } from '../format/index.ts';
import type { StepTime } from '../stats/stepTimes.ts';
import type { WhatNext } from './whatNext.ts';

/** Months at a step as residents say it: whole months, or 不到1个月. */
export function monthsSpoken(months: number): string {
  return months < 1 ? '不到1个月' : formatMonths(Math.floor(months));
}

/** Where the building stands now. */
export function currentSentence(box: WhatNext, notStarted: string, words: EntityWords): string {
  const it = thisItem(words);
  if (box.kind === 'ineligible')
    return `${it}目前${words.ineligible}。原因：${box.ineligibleReason ?? '未记录'}。`;
  if (!box.current) return `${it}${notStarted}。`;
  const when = box.currentDate ? `（${formatDate(box.currentDate)}）` : '';
  if (box.kind === 'done') return `${it}已完成最后一步“${box.current.label}”${when}。`;
  // A withdrawn building is not waiting: no clock runs for it.
  const months =
    box.monthsAtStage === undefined || box.status === 'withdrawn'
      ? ''
      : `，到现在已经${monthsSpoken(box.monthsAtStage)}`;
  return `${it}已完成“${box.current.label}”${when}${months}。`;
}

/** How long the next step usually takes in this street, or that there is not enough history yet. */
export function typicalSentence(
  step: StepTime | undefined,
  street: string,
  words: EntityWords,
): string | undefined {
  if (!step) return undefined;
  const { noun, counter } = words;
  if (step.median === undefined || step.p25 === undefined || step.p75 === undefined)
    return `${street}走完这一步的${noun}还不多（${step.count}${counter}），暂时算不出通常要多久。`;
  return `在${street}，这一步通常需要约${formatMonths(step.median)}：中间一半的${noun}用了${formatDecimal(step.p25, 1)}到${formatMonths(step.p75)}（根据${step.count}${counter}走完这一步的${noun}）。`;
}

/** The calm note for a building past the 75th percentile at its step. */
export function slowSentence(box: WhatNext, fallbackContact: string, words: EntityWords): string | undefined {
  if (!box.slow) return undefined;
  return `${thisItem(words)}在这一步的时间比大多数${words.noun}长一些，这并不少见。想了解卡在哪里、能帮上什么忙，可以问${contactName(box.servicePoint, fallbackContact)}或筹备组。`;
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
): string[] {
  const out = [currentSentence(box, notStarted, words)];
  if (box.kind === 'ineligible') {
    if (box.canChange) out.push(box.canChange);
    return out;
  }
  if (box.statusWording) out.push(box.statusWording.meaning, box.statusWording.restart ?? '');
  if (box.next) {
    out.push(`下一步是“${box.next.label}”。`);
    if (box.next.involves) out.push(box.next.involves);
    if (box.next.actor) out.push(`由谁来办：${box.next.actor}。`);
    if (box.next.residentsCan) out.push(`居民现在可以：${box.next.residentsCan}`);
    out.push(typicalSentence(box.typical, street, words) ?? '');
  }
  out.push(slowSentence(box, fallbackContact, words) ?? '');
  if (box.startGroup) out.push(box.startGroup.title, box.startGroup.text);
  return out.filter((s) => s !== '');
}
