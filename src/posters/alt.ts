// The poster's text as one sentence, for the `alt` attribute of pages that show or link the image.
import { progressPlan } from './templates/progress.ts';
import { posterSize, type PosterModel } from './types.ts';

/** Alt text of a poster: everything it says, in reading order, without layout. */
export function posterAlt(model: PosterModel): string {
  const sample = 'illustrative' in model && model.illustrative ? '（示例数据，并非真实统计）' : '';
  switch (model.kind) {
    case 'street':
    case 'community':
    case 'print': {
      const figures = model.figures.map((f) => `${f.label}${f.value}`).join('，');
      const bars = model.progress
        .map((b) => `${b.label}（${b.description}）${b.valueText}，${b.percentText}`)
        .join('；');
      const news = model.news.join('；');
      const { width, height } = posterSize(model);
      const shown = progressPlan(model, width, height).monthPhoto;
      return (
        `海报：${model.scope}${model.title}，${model.period}${sample}。${figures}。` +
        `${bars ? `${bars}。` : ''}${model.newsTitle}：${news}。${model.dataDate}。` +
        `${shown ? `照片：${shown.alt}（图片来源：${shown.credit}）。` : ''}` +
        `二维码链接：${model.qrUrl}。发布：${model.publisher}。`
      );
    }
    case 'building': {
      const steps = model.timeline.map((t) => `${t.label}${t.date}`).join('，');
      return (
        `海报：${model.community}${model.address}${model.headline}${model.date}${sample}。` +
        `${model.facts.length > 0 ? `${model.facts.join('，')}。` : ''}${model.journey ? `${model.journey}。` : ''}${steps ? `${steps}。` : ''}` +
        `${model.photo && model.edition === 'screen' ? `照片：${model.photo.alt}（图片来源：${model.photo.credit}）。` : ''}` +
        `二维码链接：${model.qrUrl}。发布：${model.publisher}。`
      );
    }
    case 'story': {
      // A sample story says so in its own words, not as a sample statistic.
      const note = model.illustrative ? `（${model.sampleLabel.replace(' · ', '，')}）` : '';
      return (
        `海报：${model.kicker}。${model.title}${note}。${model.byline}，${model.date}。` +
        `故事开头：“${model.excerpt}”` +
        `${model.photo ? `照片：${model.photo.alt}（图片来源：${model.photo.credit}）。` : ''}` +
        `${model.photo ? '' : `${model.steps.map((step) => `${step.label}${step.date ?? '尚未完成'}`).join('，')}。`}` +
        `${model.cta}：${model.qrUrl}。发布：${model.publisher}。`
      );
    }
    case 'og':
      return `${model.title}。${model.subtitle}。${model.siteName}${sample}`;
  }
}
