// The poster's text as one sentence, for the `alt` attribute of pages that show or link the image.
import { progressPlan } from './templates/progress.ts';
import { posterSize, type PosterModel, type PosterText } from './types.ts';

/** Alt text of a poster: everything it says, in reading order, without layout. */
export function posterAlt(model: PosterModel, text: PosterText): string {
  const t = text.alt;
  const sample = 'illustrative' in model && model.illustrative ? t.sampleData : '';
  const end = (part: string): string => (part ? t.sentence(part) : '');
  switch (model.kind) {
    case 'street':
    case 'community':
    case 'print': {
      const figures = model.figures.map((f) => `${f.label}${f.value}`).join(t.listSeparator);
      const bars = model.progress
        .map((b) => t.bar(b.label, b.description, b.valueText, b.percentText))
        .join(t.clauseSeparator);
      const news = model.news.join(t.clauseSeparator);
      const { width, height } = posterSize(model);
      const shown = progressPlan(model, width, height).monthPhoto;
      return (
        `${t.progress(model.scope, model.title, model.period, sample)}${t.sentence(figures)}` +
        `${end(bars)}${t.news(model.newsTitle, news)}${t.sentence(model.dataDate)}` +
        `${shown ? t.photo(shown.alt, shown.credit) : ''}` +
        `${t.qrLink(model.qrUrl)}${t.publisher(model.publisher)}`
      );
    }
    case 'building': {
      const steps = model.timeline.map((step) => `${step.label}${step.date}`).join(t.listSeparator);
      return (
        `${t.building(model.community, model.address, model.headline, model.date, sample)}` +
        `${end(model.facts.join(t.listSeparator))}${end(model.journey ?? '')}${end(steps)}` +
        `${model.photo && model.edition === 'screen' ? t.photo(model.photo.alt, model.photo.credit) : ''}` +
        `${t.qrLink(model.qrUrl)}${t.publisher(model.publisher)}`
      );
    }
    case 'story': {
      // A sample story says so in its own words, not as a sample statistic.
      const note = model.illustrative ? t.sampleStory(model.sampleLabel) : '';
      const steps = model.steps
        .map((step) => `${step.label}${step.date ?? model.labels.notReached}`)
        .join(t.listSeparator);
      return (
        `${t.story(model.kicker, model.title, note, model.byline, model.date)}` +
        `${t.storyOpening(model.excerpt)}` +
        `${model.photo ? t.photo(model.photo.alt, model.photo.credit) : t.sentence(steps)}` +
        `${t.cta(model.cta, model.qrUrl)}${t.publisher(model.publisher)}`
      );
    }
    case 'og':
      return t.og(model.title, model.subtitle, model.siteName, sample);
  }
}
