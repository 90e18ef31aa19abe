// RFC 5545 calendar export of legal last days: one all-day VEVENT per deadline, with reminders.
// Format facts relied on: lines end in CRLF and are folded at 75 octets (continuation lines start with one
// space, which counts toward the 75); TEXT values escape backslash, semicolon, comma and newline; an all-day
// event is DTSTART;VALUE=DATE with an exclusive DTEND on the next day; DTSTAMP and UID are required in a VEVENT.
import { type Ymd, addCalendarDays } from '../calendar'
import { hash53 } from './hash'
import type { MonitorAlert, MonitorRule } from './types'

export interface IcsEvent {
  /** stable across exports, so a re-import updates the event instead of adding a copy */
  uid: string
  date: Ymd
  summary: string
  description: string
  /** the date is an estimate (暂定): marked in the summary and description, STATUS:TENTATIVE */
  provisional?: boolean
  /** reminders, in days before the date (default 7 and 1) */
  alarmDays?: number[]
}

export interface IcsOptions {
  calendarName: string
  /** the export's instant, used as DTSTAMP (pass it in: the builder stays pure) */
  generatedAt: Date
  prodId?: string
}

export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

const utf8Length = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4)

/** Fold one content line at 75 octets without splitting a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) as number)
    if (octets + n > 75) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += ch
    octets += n
  }
  out.push(current)
  return out.join('\r\n')
}

const icsDate = (d: Ymd) => d.replace(/-/g, '')
const icsStamp = (t: Date) =>
  t
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export function buildIcs(events: readonly IcsEvent[], opts: IcsOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${opts.prodId ?? '-//qianqi-baicheng//trademark-monitor//ZH'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.calendarName)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ]
  const stamp = icsStamp(opts.generatedAt)
  for (const e of events) {
    const summary = e.provisional ? `【暂定】${e.summary}` : e.summary
    const description = e.provisional ? `${e.description}\n（截止日为暂定：所在年份的法定节假日安排尚未发布。）` : e.description
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addCalendarDays(e.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `STATUS:${e.provisional ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
    )
    for (const d of e.alarmDays ?? [7, 1]) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:-P${d}D`,
        `DESCRIPTION:${escapeText(`${d} 天后截止：${summary}`)}`,
        'END:VALARM',
      )
    }
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

const DUE: Record<MonitorRule, (a: MonitorAlert) => string> = {
  renewal_open: () => '续展截止（期满日）',
  renewal_due: () => '续展截止（期满日）',
  renewal_grace: () => '宽展期续展截止',
  lapsed: () => '宽展期届满',
  nonuse_risk: () => '撤三风险起算前留存使用证据',
  similar_published: (a) => `对近似商标「${a.counterpart?.name ?? ''}」提出异议截止`,
  invalidation_window: (a) => `对「${a.counterpart?.name ?? ''}」请求宣告无效截止`,
  madrid_refusal: () => '领土延伸驳回复审截止',
  madrid_opposition: () => '领土延伸异议答辩截止',
  squatting: (a) => `对疑似抢注「${a.counterpart?.name ?? ''}」${a.key.endsWith(':registration') ? '请求宣告无效' : '提出异议'}截止`,
  negative_opinion: () => '负面舆情',
}

/** One event per alert that has a last day still ahead (or today). UID = hash of the alert's stable key. */
export function alertsToIcsEvents(alerts: readonly MonitorAlert[], uidDomain = 'qianqi-baicheng.local'): IcsEvent[] {
  return alerts
    .filter((a) => a.lastDay !== null && (a.daysLeft ?? 0) >= 0)
    .map((a) => ({
      uid: `${hash53(a.key)}@${uidDomain}`,
      date: a.lastDay as Ymd,
      summary: `「${a.markName ?? ''}」${DUE[a.rule](a)}`,
      description: `${a.title}\n${a.detail}\n依据：${a.basis ?? '—'}\n建议：${a.advice}`,
      provisional: a.provisional,
    }))
}
