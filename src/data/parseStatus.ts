// status column: English key or its Chinese label.
import type { Parsed } from './parseDate.ts';
import { STATUS_ALIASES, STATUS_LABELS, STATUSES, type Status } from './types.ts';

const OPTIONS = STATUSES.map((s) => `${s}/${STATUS_LABELS[s]}`).join('、');

/** Parses active/paused/disputed/withdrawn, 正常/暂停/争议中/已撤回, or an alias such as 放弃. */
export function parseStatus(raw: string): Parsed<Status> {
  const value = raw.trim();
  const status =
    STATUSES.find((s) => s === value.toLowerCase() || STATUS_LABELS[s] === value) ?? STATUS_ALIASES[value];
  if (status) return { ok: true, value: status };
  if (value === '') return { ok: false, message: `status 为空：请填写 ${OPTIONS} 之一` };
  return { ok: false, message: `未知的 status“${value}”：请填写 ${OPTIONS} 之一` };
}
