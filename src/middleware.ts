// Every HTML page passes through keepTogetherHtml, so no date or number with its unit breaks across lines.
import { defineMiddleware } from 'astro:middleware';
import { words } from './build/dataset.ts';
import { keepTogetherHtml } from './site/keepTogetherHtml.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response;
  return new Response(keepTogetherHtml(await response.text(), [words.counter]), {
    status: response.status,
    headers: response.headers,
  });
});
