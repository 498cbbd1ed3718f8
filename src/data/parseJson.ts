// JSON with positions: every value keeps its line/column so messages can point at it.
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { error, type Position } from './problem.ts';
import { positionFinder } from './textPosition.ts';
import type { Problem } from './types.ts';

export type JsonPath = ReadonlyArray<string | number>;

export interface JsonDocument {
  root: Node;
  value: unknown;
  /** 1-based position of an offset in the file. */
  positionOf(offset: number): Position;
  /** Position of the value at `path`, or of the nearest existing parent. */
  locate(path: JsonPath): Position;
}

export interface JsonResult {
  doc?: JsonDocument;
  problems: Problem[];
}

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: '缺少逗号：相邻的值之间要用英文逗号 , 隔开',
  ColonExpected: '缺少冒号：字段名后面要写英文冒号 :',
  PropertyNameExpected: '这里需要一个带英文双引号的字段名；最后一项后面不能有逗号',
  ValueExpected: '这里缺少值；最后一项后面不能有逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件在这里应该结束：多余的内容请删除',
  UnexpectedEndOfString: '字符串缺少结束的英文双引号 "',
  UnexpectedEndOfComment: 'JSON 不允许注释',
  InvalidCommentToken: 'JSON 不允许注释：请删除',
  InvalidSymbol: '无法识别的字符：字符串要用英文双引号 "，不能用中文引号或单引号',
  InvalidEscapeCharacter: '字符串里的反斜杠 \\ 要写成 \\\\',
  InvalidCharacter: '字符串里不能有换行等控制字符',
  InvalidNumberFormat: '数字格式不对',
  InvalidUnicode: 'Unicode 转义写错了',
};

/** Parses JSON text strictly (no comments, no trailing commas); reports the first syntax error. */
export function parseJson(text: string, file: string): JsonResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const positionOf = positionFinder(text);
  const first = errors[0];
  if (first || !root) {
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
    const hint = SYNTAX_HINTS[code] ?? '请检查括号、逗号和引号';
    const at = positionOf(first?.offset ?? 0);
    return { problems: [error(file, at, 'json.syntax', `JSON 无法解析 (${code})：${hint}`)] };
  }
  const locate = (path: JsonPath): Position => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = findNodeAtLocation(root, [...path.slice(0, n)]);
      if (node) return positionOf(node.offset);
    }
    return positionOf(root.offset);
  };
  return { doc: { root, value: getNodeValue(root) as unknown, positionOf, locate }, problems: [] };
}

/** Every string value in a JSON tree with its path and offset (for the personal-data scan). */
export function jsonStrings(node: Node, path: JsonPath = []): Array<{ path: JsonPath; value: string; offset: number }> {
  if (node.type === 'string' && typeof node.value === 'string') {
    return [{ path, value: node.value, offset: node.offset + 1 }];
  }
  const out: Array<{ path: JsonPath; value: string; offset: number }> = [];
  for (const [i, child] of (node.children ?? []).entries()) {
    if (node.type === 'object' && child.type === 'property') {
      const [key, value] = child.children ?? [];
      if (key && value) out.push(...jsonStrings(value, [...path, String(key.value)]));
    } else if (node.type === 'array') {
      out.push(...jsonStrings(child, [...path, i]));
    }
  }
  return out;
}
