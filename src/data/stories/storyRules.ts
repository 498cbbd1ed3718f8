// The rules that keep a story content, not code: one check shared by `npm run validate` (the loader)
// and the build (the Markdown plugin in astro.config.mjs), so both refuse the same things the same way.
import { htmlToHast } from 'satteri';
import type { Position } from '../problem.ts';
import { positionFinder } from '../textPosition.ts';
import { jsxAttributeOffsets } from './jsxAttributeOffsets.ts';
import {
  attributeTypeProblem,
  FORMATTING_ATTRIBUTES,
  FORMATTING_TAGS,
  STORY_COMPONENTS,
  type AttributeSpec,
  type StoryContext,
} from './storyComponents.ts';
import { imageProblem, linkProblem } from './storyUrls.ts';

/** One refused construct, at its place in the file. */
export interface StoryViolation extends Position {
  code: string;
  message: string;
}

/** The parts of an mdast/MDX node the rules read (the parser's trees carry more). */
export interface StoryNode {
  type: string;
  position?: { start: { line: number; column: number; offset?: number | undefined } } | undefined;
  children?: readonly StoryNode[];
  value?: unknown;
  url?: unknown;
  name?: unknown;
  attributes?: readonly StoryAttribute[];
  identifier?: unknown;
}

interface StoryAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: readonly HtmlNode[];
}

const COMPONENT_NAMES = Object.keys(STORY_COMPONENTS).join('、');
const FORMATTING_LIST = [...FORMATTING_TAGS].join('、');
const ESM = '故事里不能写 import 或 export（故事是文字，不是程序）：请删除这一行；Diary、DiaryEntry 不需要 import';
const EXPRESSION =
  '故事里不能写 {…}（花括号里的内容会被当作程序运行）：请删除；要显示花括号本身，请写成 \\{ 和 \\}';
const SPREAD = '不能用 {...} 展开属性：请把每个属性写成 名称="值"，例如 date="2024-03-05"';
const STYLE = '不允许 style 属性：故事的样式由网站统一设定，请删除';

const eventHandler = (name: string): string => `不允许事件属性 ${name}（它会运行脚本）：请删除`;
const htmlElement = (tag: string): string =>
  `不允许的 HTML 标签 <${tag}>：故事只能用简单的格式标签（${FORMATTING_LIST}）；` +
  '链接和图片请用 Markdown 写法 [文字](https://…)、![说明](./照片.jpg)';
const unknownComponent = (name: string): string =>
  `未知的组件 <${name}>：故事只能用 ${COMPONENT_NAMES}（写法见 data/README.md）`;

/** HTML attribute name of a hast property name (onClick → onclick, className → class). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/**
 * Checks one parsed story. `source` is the text the tree was parsed from (for places inside tags);
 * `context` lets validate also check that named milestones and buildings exist.
 */
export function checkStoryTree(root: StoryNode, source: string, context: StoryContext = {}): StoryViolation[] {
  const violations: StoryViolation[] = [];
  const positionOf = positionFinder(source);
  const at = (node: StoryNode, code: string, message: string, offset?: number): void => {
    const start = node.position?.start;
    const place = offset !== undefined ? positionOf(offset) : { line: start?.line ?? 1, column: start?.column ?? 1 };
    violations.push({ ...place, code, message });
  };

  // Reference definitions are checked as images when an image uses them, else as links.
  const imageRefs = new Set<unknown>();
  const collect = (node: StoryNode): void => {
    if (node.type === 'imageReference') imageRefs.add(node.identifier);
    node.children?.forEach(collect);
  };
  collect(root);

  const attributeAttempt = (
    node: StoryNode,
    tag: string,
    attribute: StoryAttribute,
    offset: number | undefined,
    spec: AttributeSpec | undefined,
    allowed: string,
  ): void => {
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) return at(node, 'story.event_handler', eventHandler(name), offset);
    if (name.toLowerCase() === 'style') return at(node, 'story.style_attribute', STYLE, offset);
    const value = attribute.value;
    if (typeof value === 'object' && value !== null) {
      const example = spec?.example ?? '文字';
      return at(node, 'story.attribute_expression', `属性 ${name} 的值不能写成 {…}：请写成带英文引号的文字，例如 ${name}="${example}"`, offset);
    }
    if (!spec && !FORMATTING_ATTRIBUTES.has(name)) {
      return at(node, 'story.attribute', `<${tag}> 不能有属性 ${name}：可用的属性是 ${allowed}`, offset);
    }
    if (typeof value !== 'string') {
      return at(node, 'story.attribute_value', `属性 ${name} 需要一个值，例如 ${name}="${spec?.example ?? '文字'}"`, offset);
    }
    const problem = spec ? attributeTypeProblem(spec, value, context) : undefined;
    if (problem) at(node, 'story.attribute_value', `<${tag}> 的属性 ${name}“${value}”${problem}`, offset);
  };

  const checkJsx = (node: StoryNode): void => {
    const tag = typeof node.name === 'string' ? node.name : '';
    const component = STORY_COMPONENTS[tag];
    if (!component && !FORMATTING_TAGS.has(tag)) {
      const message = /^[a-z][a-z0-9]*$/.test(tag) ? htmlElement(tag) : unknownComponent(tag);
      at(node, /^[a-z][a-z0-9]*$/.test(tag) ? 'story.html_element' : 'story.unknown_component', message);
      return;
    }
    const start = node.position?.start.offset;
    const offsets = start === undefined ? [] : jsxAttributeOffsets(source, start);
    const allowed = component ? Object.keys(component).join('、') || '（无）' : [...FORMATTING_ATTRIBUTES].join('、');
    const seen = new Set<string>();
    (node.attributes ?? []).forEach((attribute, i) => {
      const offset = offsets[i];
      if (attribute.type !== 'mdxJsxAttribute') return at(node, 'story.spread', SPREAD, offset);
      const name = attribute.name ?? '';
      if (seen.has(name)) return at(node, 'story.attribute_duplicate', `属性 ${name} 写了两次：请只保留一个`, offset);
      seen.add(name);
      const spec = component?.[name];
      if (component && !spec && !/^on/i.test(name) && name.toLowerCase() !== 'style') {
        return at(node, 'story.attribute', `<${tag}> 没有属性 ${name}：可用的属性是 ${allowed}`, offset);
      }
      attributeAttempt(node, tag, attribute, offset, spec, allowed);
    });
    for (const [name, spec] of Object.entries(component ?? {})) {
      if (spec.required && !seen.has(name)) {
        at(node, 'story.attribute_missing', `<${tag}> 缺少属性 ${name}：例如 ${name}="${spec.example}"`);
      }
    }
  };

  const checkHtml = (node: StoryNode): void => {
    const html = typeof node.value === 'string' ? node.value : '';
    const base = node.position?.start.offset;
    const find = (pattern: RegExp): number | undefined => {
      const index = html.search(pattern);
      return base === undefined || index < 0 ? undefined : base + index;
    };
    const walk = (h: HtmlNode): void => {
      if (h.type === 'element') {
        const tag = h.tagName ?? '';
        const tagAt = find(new RegExp(`<${tag}(?![a-z0-9])`, 'i'));
        if (!FORMATTING_TAGS.has(tag)) return at(node, 'story.html_element', htmlElement(tag), tagAt);
        for (const [property, value] of Object.entries(h.properties ?? {})) {
          const name = attributeName(property);
          const space = find(new RegExp(`\\s${name}(?![a-z0-9-])`, 'i'));
          const offset = space === undefined ? tagAt : space + 1;
          const attribute = { type: 'mdxJsxAttribute', name, value: String(value) };
          attributeAttempt(node, tag, attribute, offset, undefined, [...FORMATTING_ATTRIBUTES].join('、'));
        }
      } else if (h.type !== 'root' && h.type !== 'text' && h.type !== 'comment') {
        return at(node, 'story.html_element', htmlElement(h.type));
      }
      h.children?.forEach(walk);
    };
    walk(htmlToHast(html, { fragment: true }) as HtmlNode);
  };

  const visit = (node: StoryNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        return at(node, 'story.esm', ESM);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return at(node, 'story.expression', EXPRESSION);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
      case 'html':
        checkHtml(node);
        break;
      case 'link': {
        const problem = linkProblem(String(node.url ?? ''));
        if (problem) at(node, 'story.link', problem);
        break;
      }
      case 'image': {
        const problem = imageProblem(String(node.url ?? ''));
        if (problem) at(node, 'story.image', problem);
        break;
      }
      case 'definition': {
        const url = String(node.url ?? '');
        const problem = imageRefs.has(node.identifier) ? imageProblem(url) : linkProblem(url);
        if (problem) at(node, imageRefs.has(node.identifier) ? 'story.image' : 'story.link', problem);
        break;
      }
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return violations;
}
