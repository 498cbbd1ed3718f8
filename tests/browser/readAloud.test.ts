// 朗读: the button appears only when the browser offers a zh-CN voice (and never without JavaScript), and
// reads the page's summary. The speech engine is stubbed here, in the test, never in the product.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe.ts';
import { serveSite } from './servedSite.ts';

const site = serveSite();
const BUILDING = '/buildings/xiwan-004/';

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/**
 * Replace the speech engine with a recorder offering `langs` as voices (only once `__voicesArrive()` is
 * called when `late`); `null` removes the engine, as in browsers without one.
 */
async function stubSpeech(context: BrowserContext, langs: string[] | null, late = false): Promise<void> {
  await context.addInitScript(
    ({ langs, late }) => {
      const w = window as unknown as Record<string, unknown>;
      if (langs === null) {
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        return;
      }
      const spoken: Spoken[] = [];
      let voices = late ? [] : langs.map((lang) => ({ lang, name: lang }));
      const synth = {
        speaking: false,
        onvoiceschanged: null as null | (() => void),
        getVoices: () => voices,
        cancel() {
          synth.speaking = false;
        },
        speak(u: { text: string; lang: string; voice?: { lang: string } }) {
          synth.speaking = true;
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.lang });
        },
      };
      w['__spoken'] = spoken;
      w['__voicesArrive'] = () => {
        voices = langs.map((lang) => ({ lang, name: lang }));
        synth.onvoiceschanged?.();
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      w['SpeechSynthesisUtterance'] = function (this: Record<string, unknown>, text: string) {
        this['text'] = text;
      };
    },
    { langs, late },
  );
}

async function open(urlPath: string, langs: string[] | null, late = false) {
  const visit = await site.visit('/', { viewport: 'phone' });
  await stubSpeech(visit.context, langs, late);
  await visit.page.goto(site.origin + urlPath, { waitUntil: 'networkidle' });
  return visit;
}

describe('read aloud', () => {
  test.for(['/', BUILDING, '/communities/xiwan/'])(
    '%s: reads the summary with a zh-CN voice',
    async (urlPath) => {
      const { context, page, problems } = await open(urlPath, ['en-US', 'zh-CN']);
      try {
        const button = page.locator('#read-aloud');
        expect(await button.isVisible()).toBe(true);
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('true');
        const spoken =
          (await page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken)) ?? [];
        // The home page's heading is only the month, so its summary starts with the site's title instead.
        const title =
          urlPath === '/' ? await page.title() : ((await page.locator('h1').textContent())?.trim() ?? '');
        expect(spoken).toHaveLength(1);
        expect(spoken[0]?.lang).toBe('zh-CN');
        expect(spoken[0]?.voice).toBe('zh-CN');
        expect(spoken[0]?.text.startsWith(title.replace(/\s+/g, '').slice(0, 3))).toBe(true);
        if (urlPath === BUILDING) {
          expect(spoken[0]?.text).toContain((await page.locator('.what-next-now').textContent())?.trim());
          expect(spoken[0]?.text).toContain('下一步是“规划许可”');
        } else expect(spoken[0]?.text).toMatch(/截至2025年9月底：/);
        await button.click(); // a second press stops
        expect(await button.getAttribute('aria-pressed')).toBe('false');
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test('appears once a zh-CN voice has loaded', async () => {
    const { context, page } = await open(BUILDING, ['zh-CN'], true);
    try {
      expect(await page.locator('#read-aloud').isVisible()).toBe(false);
      await page.evaluate(() => (window as unknown as { __voicesArrive: () => void }).__voicesArrive());
      expect(await page.locator('#read-aloud').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('is absent without a zh-CN voice, without a speech engine, and without JavaScript', async () => {
    for (const langs of [['en-US', 'zh-TW'], null]) {
      const { context, page } = await open(BUILDING, langs);
      try {
        expect(await page.locator('#read-aloud').isVisible(), String(langs)).toBe(false);
      } finally {
        await context.close();
      }
    }
    const { context, page } = await site.visit(BUILDING, { viewport: 'phone', javaScriptEnabled: false });
    try {
      expect(await page.locator('#read-aloud').isVisible()).toBe(false);
      expect(await page.locator('.what-next').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
