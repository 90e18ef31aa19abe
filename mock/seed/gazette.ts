// Deterministic weekly trademark gazette (商标公告) feed for the mock monitor. Pure: the same issue number and
// options always give the same entries.
// Synthetic data: issue numbers, dates, application numbers, names and applicants are invented; similarity
// groups are numbered NN01…NNk per class with a made-up k (the real 类似商品和服务区分表 has its own groups).
// Each issue also carries "planted" marks similar to the watched targets (by default the demo organisations'
// marks) so the demo and the tests always have something to find.
import { type Ymd, addCalendarDays, addCalendarMonths, compareYmd, diffDays } from '../../src/domain/calendar'
import type { GazetteEntry } from '../../src/domain/monitoring/types'
import { KNOWN_CHARACTERS, homophonesOf, pinyinOf } from '../../src/domain/monitoring/pinyin'
import { createRng, type Rng } from './rng'

/** Issue 1900 is dated 2024-01-06; one issue every 7 days (a synthetic numbering). */
export const GAZETTE_ANCHOR = { issueNo: 1900, publishedOn: '2024-01-06' as Ymd }

export const issueDate = (issueNo: number): Ymd => addCalendarDays(GAZETTE_ANCHOR.publishedOn, (issueNo - GAZETTE_ANCHOR.issueNo) * 7)
/** The latest issue published on or before `date`. */
export const latestIssueOn = (date: Ymd): number => GAZETTE_ANCHOR.issueNo + Math.floor(diffDays(GAZETTE_ANCHOR.publishedOn, date) / 7)
/** Issues whose preliminary publications may still be opposed on `date` (published in the last 3 months, Law 33). */
export function openIssues(date: Ymd): number[] {
  const from = addCalendarMonths(date, -3)
  const out: number[] = []
  for (let n = latestIssueOn(date); compareYmd(issueDate(n), from) >= 0; n--) out.unshift(n)
  return out
}

/** Synthetic number of similarity groups in a class (6–16). */
export const groupsInClass = (cls: number): number => 6 + ((cls * 7) % 11)
export const groupCode = (cls: number, n: number): string => `${String(cls).padStart(2, '0')}${String(n).padStart(2, '0')}`
export const allGroupsOf = (cls: number): string[] => Array.from({ length: groupsInClass(cls) }, (_, i) => groupCode(cls, i + 1))

export interface GazetteTarget {
  name: string
  classes: number[]
  /** the target's similarity groups; default: the first group of each class */
  groups?: string[]
  /** the target's owner: planted marks are filed by someone else */
  owner: string
}

/** The demo organisations' marks (names and classes as the seed gives them). */
export const DEMO_GAZETTE_TARGETS: readonly GazetteTarget[] = [
  { name: '闽江源', classes: [29, 30], owner: '福州闽江源食品有限公司' },
  { name: '江源小厨', classes: [43], owner: '福州闽江源食品有限公司' },
  { name: '福州脱胎漆器', classes: [20, 21], owner: '福州市脱胎漆器行业协会' },
]

export type PlantKind = 'homophone' | 'pinyin' | 'one_char' | 'contains' | 'squatting' | 'control'
export const PLANT_KINDS: readonly PlantKind[] = ['homophone', 'pinyin', 'one_char', 'contains', 'squatting', 'control']

export interface GazetteIssue {
  issueNo: number
  publishedOn: Ymd
  entries: GazetteEntry[]
  /** which entries were planted, for which target and as what */
  planted: Array<{ regNo: string; target: string; kind: PlantKind }>
}

export interface GazetteOptions {
  /** random entries per issue (default 5,000) */
  size?: number
  targets?: readonly GazetteTarget[]
  /** 'one' (default): one planted variant per target per issue, rotating; 'all': every variant */
  plant?: 'one' | 'all'
  seed?: string
}

const NAME_CHARS = KNOWN_CHARACTERS
const PLACES = [
  '福州',
  '厦门',
  '泉州',
  '杭州',
  '宁波',
  '南京',
  '苏州',
  '广州',
  '深圳',
  '成都',
  '武汉',
  '长沙',
  '济南',
  '郑州',
  '合肥',
  '昆明',
]
const WORDS = ['贸易', '食品', '科技', '实业', '餐饮管理', '文化传媒', '农业发展', '工艺品', '服饰', '电子商务']
const SUFFIX = ['有限公司', '有限公司', '股份有限公司', '商贸有限公司']
const SYLLABLES = [
  'an',
  'bo',
  'da',
  'fei',
  'gao',
  'hua',
  'jin',
  'kai',
  'le',
  'mei',
  'nuo',
  'qi',
  'rui',
  'sen',
  'tai',
  'wei',
  'xin',
  'ya',
  'zhi',
]

function randomName(r: Rng): string {
  if (r.chance(0.08))
    return Array.from({ length: r.int(2, 3) }, () => r.pick(SYLLABLES))
      .join('')
      .toUpperCase()
  return r.chars(NAME_CHARS.join(''), r.int(2, 4)) + (r.chance(0.1) ? '及图' : '')
}
const randomApplicant = (r: Rng) => `${r.pick(PLACES)}${r.chars(NAME_CHARS.join(''), 2)}${r.pick(WORDS)}${r.pick(SUFFIX)}`

function randomGroups(r: Rng, classes: number[]): string[] {
  const out: string[] = []
  for (const c of classes)
    for (const n of r
      .sample(
        Array.from({ length: groupsInClass(c) }, (_, i) => i + 1),
        r.int(1, 3),
      )
      .sort((a, b) => a - b))
      out.push(groupCode(c, n))
  return out
}

/** The planted name for a target and a variant kind. */
export function plantedName(target: string, kind: PlantKind, r: Rng): string {
  const chars = [...target]
  switch (kind) {
    case 'homophone': {
      // replace the last character that has a homophone in the table
      for (let i = chars.length - 1; i >= 0; i--) {
        const h = homophonesOf(chars[i])
        if (h.length) return [...chars.slice(0, i), r.pick(h), ...chars.slice(i + 1)].join('')
      }
      return `${target}家`
    }
    case 'pinyin':
      return pinyinOf(target).toUpperCase()
    case 'one_char': {
      const i = Math.min(1, chars.length - 1)
      const other = NAME_CHARS.filter((c) => c !== chars[i] && pinyinOf(c) !== pinyinOf(chars[i]))
      return [...chars.slice(0, i), r.pick(other), ...chars.slice(i + 1)].join('')
    }
    case 'contains':
      return `${target}${r.pick(['优选', '臻品', '坊', '堂'])}`
    case 'squatting':
      return target
    case 'control':
      return r.chars('山水木石竹', 2)
  }
}

const mod = (n: number, m: number) => ((n % m) + m) % m

export function gazetteIssue(issueNo: number, opts: GazetteOptions = {}): GazetteIssue {
  const size = opts.size ?? 5000
  const r = createRng(`${opts.seed ?? 'gazette'}:${issueNo}`)
  const publishedOn = issueDate(issueNo)
  const entries: GazetteEntry[] = []
  let serial = 0
  let madridSerial = 0
  const nextNo = () => String(60_000_000 + issueNo * 10_000 + serial++)
  for (let i = 0; i < size; i++) {
    const classes = r.chance(0.8) ? [r.int(1, 45)] : [...new Set([r.int(1, 45), r.int(1, 45)])].sort((a, b) => a - b)
    const kind = r.next()
    const base = { name: randomName(r), classes, groups: randomGroups(r, classes), applicant: randomApplicant(r), publishedOn }
    if (kind < 0.85) entries.push({ regNo: nextNo(), ...base, type: 'preliminary' })
    else if (kind < 0.98) entries.push({ regNo: nextNo(), ...base, type: 'registration', registeredOn: publishedOn })
    else {
      // synthetic international number: issue + serial (7 digits while an issue has < 1,000 of them)
      const irn = `G${String(issueNo).padStart(4, '0')}${String(madridSerial++).padStart(3, '0')}`
      entries.push({ regNo: irn, ...base, type: 'preliminary', wipoGazetteOn: addCalendarDays(publishedOn, -r.int(14, 60)) })
    }
  }
  const planted: GazetteIssue['planted'] = []
  const pr = r.fork('planted')
  ;(opts.targets ?? DEMO_GAZETTE_TARGETS).forEach((t, ti) => {
    const kinds = opts.plant === 'all' ? PLANT_KINDS : [PLANT_KINDS[mod(issueNo + ti, PLANT_KINDS.length)]]
    for (const kind of kinds) {
      const targetGroups = t.groups?.length ? t.groups : t.classes.map((c) => groupCode(c, 1))
      const otherClass = [35, 3, 9, 16, 25, 41].find((c) => !t.classes.includes(c)) as number
      const classes = kind === 'squatting' ? [otherClass] : [...new Set(targetGroups.map((g) => Number(g.slice(0, 2))))]
      const groups = kind === 'squatting' ? [groupCode(otherClass, 1)] : targetGroups
      const regNo = nextNo()
      entries.push({
        regNo,
        name: plantedName(t.name, kind, pr),
        classes,
        groups,
        applicant: randomApplicant(pr),
        publishedOn,
        type: 'preliminary',
      })
      planted.push({ regNo, target: t.name, kind })
    }
  })
  return { issueNo, publishedOn, entries, planted }
}
