import { dayInfo } from '../../../src/domain/calendar'
import { type MonitorAlert, alertsToIcsEvents, buildIcs, escapeText, foldLine, runMonitor } from '../../../src/domain/monitoring'

// A tiny RFC 5545 reader: unfold, split name;params:value, unescape TEXT, nest components.
interface Component {
  name: string
  props: Array<{ name: string; params: Record<string, string>; value: string }>
  children: Component[]
}
const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/) // CRLF only
  const physical = text.slice(0, -2).split('\r\n')
  for (const l of physical) {
    expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75)
    expect(l).not.toContain('\uFFFD')
  }
  const lines: string[] = []
  for (const l of physical)
    if (l.startsWith(' ')) lines[lines.length - 1] += l.slice(1)
    else lines.push(l)
  const root: Component = { name: 'ROOT', props: [], children: [] }
  const stack = [root]
  for (const line of lines) {
    const colon = line.indexOf(':')
    const [name, ...params] = line.slice(0, colon).split(';')
    const value = line.slice(colon + 1)
    if (name === 'BEGIN') {
      const c = { name: value, props: [], children: [] }
      stack[stack.length - 1].children.push(c)
      stack.push(c)
    } else if (name === 'END') {
      expect(stack.pop()!.name).toBe(value)
    } else {
      stack[stack.length - 1].props.push({ name, params: Object.fromEntries(params.map((p) => p.split('='))), value })
    }
  }
  expect(stack).toHaveLength(1)
  return root.children[0]
}
const prop = (c: Component, name: string) => c.props.find((p) => p.name === name)

const alert = (over: Partial<MonitorAlert>): MonitorAlert => ({
  key: 'similar:TM-A:70000001',
  inputVersion: 'x',
  rule: 'similar_published',
  ruleLabel: '近似商标公告',
  orgId: 'OG-A',
  trademarkId: 'TM-A',
  regNo: '12345678',
  markName: '闽江源',
  basis: '商标法第三十三条',
  lastDay: '2026-02-27',
  nominalLastDay: '2026-02-27',
  daysLeft: 10,
  level: 'urgent',
  provisional: false,
  title: '近似商标「闽江圆」初步审定公告（第30类），异议截止 2026-02-27',
  detail: '厦门某某贸易有限公司 申请的「闽江圆」，与您的「闽江源」读音相同; 请注意, 这里有逗号\\和分号。',
  advice: '可在异议期内提出异议。',
  counterpart: {
    regNo: '70000001',
    name: '闽江圆',
    applicant: '厦门某某贸易有限公司',
    publishedOn: '2025-11-27',
    classes: [30],
    match: 'homophone',
  },
  ...over,
})
const OPTS = { calendarName: '闽江源 商标法定期限', generatedAt: new Date('2026-12-01T02:03:04.567Z') }

describe('.ics export', () => {
  it('escapes TEXT and folds at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const line = `SUMMARY:${'商标'.repeat(40)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.length).toBeGreaterThan(1)
    for (const l of folded) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75)
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line)
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('has one all-day VEVENT per deadline with UID, DTSTAMP, Chinese summary, description and reminders', () => {
    const events = alertsToIcsEvents([
      alert({}),
      alert({ key: 'nonuse:TM-A', rule: 'nonuse_risk', lastDay: null, daysLeft: null }),
      alert({ key: 'renewal:TM-A:2025-01-01', rule: 'lapsed', daysLeft: -3 }),
    ])
    expect(events).toHaveLength(1) // no last day / already passed: no event
    const cal = parseIcs(buildIcs(events, OPTS))
    expect(cal.name).toBe('VCALENDAR')
    expect(prop(cal, 'VERSION')!.value).toBe('2.0')
    expect(unescape(prop(cal, 'X-WR-CALNAME')!.value)).toBe('闽江源 商标法定期限')
    const [ev] = cal.children
    expect(ev.name).toBe('VEVENT')
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20260227' })
    expect(prop(ev, 'DTEND')!.value).toBe('20260228')
    expect(prop(ev, 'DTSTAMP')!.value).toBe('20261201T020304Z')
    expect(prop(ev, 'UID')!.value).toMatch(/^[0-9a-f]{14}@qianqi-baicheng\.local$/)
    expect(unescape(prop(ev, 'SUMMARY')!.value)).toBe('「闽江源」对近似商标「闽江圆」提出异议截止')
    const description = unescape(prop(ev, 'DESCRIPTION')!.value)
    expect(description).toContain('读音相同; 请注意, 这里有逗号\\和分号。')
    expect(description).toContain('依据：商标法第三十三条')
    expect(description).toContain('建议：可在异议期内提出异议。')
    expect(prop(ev, 'STATUS')!.value).toBe('CONFIRMED')
    const alarms = ev.children.filter((c) => c.name === 'VALARM')
    expect(alarms.map((a) => [prop(a, 'ACTION')!.value, prop(a, 'TRIGGER')!.value])).toEqual([
      ['DISPLAY', '-P7D'],
      ['DISPLAY', '-P1D'],
    ])
  })

  it('keeps the UID stable across exports and distinct per alert', () => {
    const a = alertsToIcsEvents([alert({})])[0].uid
    expect(alertsToIcsEvents([alert({ lastDay: '2026-03-02', title: '改' })])[0].uid).toBe(a)
    expect(alertsToIcsEvents([alert({ key: 'similar:TM-A:70000002' })])[0].uid).not.toBe(a)
  })

  it('marks a provisional day 暂定 in summary and description, as TENTATIVE', () => {
    const ev = parseIcs(buildIcs(alertsToIcsEvents([alert({ lastDay: '2027-03-01', provisional: true })]), OPTS)).children[0]
    expect(unescape(prop(ev, 'SUMMARY')!.value)).toBe('【暂定】「闽江源」对近似商标「闽江圆」提出异议截止')
    expect(unescape(prop(ev, 'DESCRIPTION')!.value)).toContain('（截止日为暂定：所在年份的法定节假日安排尚未发布。）')
    expect(prop(ev, 'STATUS')!.value).toBe('TENTATIVE')
  })

  it('exports a monitor run: every moved deadline is a working day, every event parses', () => {
    const marks = [
      {
        id: 'TM-A',
        regNo: '1',
        name: '闽江源',
        markType: 'ordinary' as const,
        classes: [30],
        groups: ['3001'],
        ownerOrgId: 'O',
        ownerName: 'O',
        status: 'registered' as const,
        registeredOn: '2017-03-20',
        validUntil: '2027-03-19',
        useEvidenceOn: ['2026-06-01'],
      },
    ]
    const gazette = [
      {
        regNo: '9',
        name: '闽江圆',
        classes: [30],
        groups: ['3001'],
        applicant: 'X',
        publishedOn: '2025-07-01',
        type: 'preliminary' as const,
      },
      {
        regNo: '10',
        name: '闽江圆',
        classes: [30],
        groups: ['3001'],
        applicant: 'X',
        publishedOn: '2025-06-28',
        type: 'preliminary' as const,
      },
    ]
    const { alerts } = runMonitor({ today: '2025-09-01', marks, gazette })
    const cal = parseIcs(buildIcs(alertsToIcsEvents(alerts), OPTS))
    const dates = cal.children.map((e) => prop(e, 'DTSTART')!.value)
    expect(dates).toEqual(['20250928', '20251009']) // make-up Sunday kept; 10-01 moved past National Day
    for (const d of dates) expect(dayInfo(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`).working).toBe(true)
  })
})
