// The trademark monitoring engine: portfolio + gazette + public-opinion items + today → every alert, each with
// its legal basis, exact last day, days left, level, what to do, 暂定 marking and a stable key.
// Pure and deterministic: the same input gives the same alerts in the same order.
//
// Gazette screening never compares all pairs. Watched marks are stored under their name keys (names.ts: a key is
// shared by every pair the similarity rules accept, and by few others); a published mark looks up its own keys and
// only those candidates are compared. The similarity groups then decide the rule: a shared group → opposition
// (or invalidation) window; no shared group and a strong match → suspected squatting. Keying by name rather than
// by group keeps the index small: a group holds thousands of marks, a name key a handful, and a mark listed in
// several groups is stored once, not once per group.
import { type Ymd, addCalendarDays, addCalendarYears, calendarCoverage, compareYmd, diffDays, isValidYmd, parseYmd } from '../calendar'
import type { AlertLevel } from '../contract/alert'
import {
  type DeadlineResult,
  type RenewalWindow,
  SOON_DAYS,
  alertLevel,
  invalidationDeadline,
  madridOppositionDeadline,
  nonUseExposure,
  oppositionDeadline,
  ownCaseDeadline,
  registrationValidUntil,
  renewalWindow,
} from '../deadlines'
import { hashFields, hashOf } from './hash'
import { MATCH_LABELS, type NameMatch, type NamePart, indexKeys, matchNameParts, nameParts, probeKeys } from './names'
import { checkEntry, checkMark, checkOpinion } from './schema'
import { squattingVerdict } from './squatting'
import type {
  GazetteEntry,
  InputProblem,
  Licence,
  MadridEvent,
  MonitorAlert,
  MonitorInput,
  MonitorResult,
  MonitorRule,
  OpinionItem,
  PortfolioMark,
} from './types'

export const RULE_LABELS: Record<MonitorRule, string> = {
  renewal_open: '可办理续展',
  renewal_due: '即将到期',
  renewal_grace: '宽展期',
  lapsed: '未续展失效',
  nonuse_risk: '撤三风险',
  similar_published: '近似商标公告',
  invalidation_window: '无效宣告期限',
  madrid_refusal: '领土延伸驳回',
  madrid_opposition: '领土延伸被异议',
  squatting: '疑似抢注',
  negative_opinion: '负面舆情',
}

export const RULE_ADVICE: Record<MonitorRule, string> = {
  renewal_open: '期满前 12 个月内可办理续展，建议尽早提交，避免进入宽展期加缴延迟费。',
  renewal_due: '请在期满前办理续展；期满后仍有 6 个月宽展期，但需缴纳延迟费。',
  renewal_grace: '宽展期内仍可续展（需缴纳延迟费）；宽展期满未续展的，注册商标将被注销。',
  lapsed: '商标已因期满未续展被注销，请尽快重新提交注册申请；注销后 1 年内他人相同或近似的申请不予核准。',
  nonuse_risk: '请整理并留存使用证据（销售合同、发票、广告宣传等，被许可人的使用也可作为证据）；收到撤三通知后 2 个月内提交。',
  similar_published: '可在异议期内向国家知识产权局提出异议；建议尽快预约指导站评估近似程度和在先权利证据。',
  invalidation_window: '对方商标已注册：可在注册之日起 5 年内请求宣告无效（恶意注册驰名商标不受 5 年限制），请准备在先权利证据。',
  madrid_refusal: '请在期限内委托代理机构申请驳回复审，并准备答复理由和证据。',
  madrid_opposition: '请在期限内提交异议答辩；答辩后 3 个月内可补充证据。',
  squatting:
    '他人在您未核定的商品或服务上申请了相同或近似的商标：可在异议期内提出异议，注册后 5 年内可请求宣告无效；恶意抢注驰名商标不受 5 年限制。',
  negative_opinion: '请核实舆情内容，必要时发布声明、保存证据；涉及假冒侵权可向市场监管部门投诉。',
}

const CALENDAR_VERSION = calendarCoverage(2000).lastYear

export function provisionalReason(lastDay: Ymd): string {
  const y = parseYmd(lastDay).y
  return `${y} 年法定节假日安排尚未发布，截止日按周末和法定节日推算（暂定），发布后将重新核算。`
}

const shown = (d: Ymd, provisional: boolean) => (provisional ? `${d}（暂定）` : d)
const classList = (classes: readonly number[]) => `第${classes.join('、')}类`
const markLabel = (m: PortfolioMark) => `「${m.name}」（${classList(m.classes)}）`
const normalizeParty = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

const LEVEL_RANK: Record<AlertLevel, number> = { info: 0, soon: 1, urgent: 2, overdue: 3 }
const atLeast = (level: AlertLevel, floor: AlertLevel): AlertLevel => (LEVEL_RANK[level] >= LEVEL_RANK[floor] ? level : floor)

interface Ctx {
  today: Ymd
  out: MonitorAlert[]
  markVersion: (i: number) => string
}

interface AlertDraft {
  key: string
  rule: MonitorRule
  orgId: string
  mark: PortfolioMark | null
  basis: string | null
  deadline: DeadlineResult | null
  level?: AlertLevel
  title: string
  detail: string
  counterpart?: MonitorAlert['counterpart']
  versionOf: unknown[]
}

function emit(ctx: Ctx, d: AlertDraft) {
  const dl = d.deadline
  const alert: MonitorAlert = {
    key: d.key,
    inputVersion: hashOf([CALENDAR_VERSION, ...d.versionOf]),
    rule: d.rule,
    ruleLabel: RULE_LABELS[d.rule],
    orgId: d.orgId,
    trademarkId: d.mark?.id ?? null,
    regNo: d.mark?.regNo ?? null,
    markName: d.mark?.name ?? null,
    basis: d.basis,
    lastDay: dl?.date ?? null,
    nominalLastDay: dl?.nominal ?? null,
    daysLeft: dl ? diffDays(ctx.today, dl.date) : null,
    level: d.level ?? (dl ? alertLevel(dl, ctx.today) : 'info'),
    provisional: !!dl?.provisional,
    title: d.title,
    detail: d.detail,
    advice:
      d.mark && d.mark.markType !== 'ordinary' && d.rule === 'nonuse_risk'
        ? `${RULE_ADVICE.nonuse_risk}${d.mark.markType === 'collective' ? '集体' : '证明'}商标成员（使用人）的使用记录可作为使用证据。`
        : RULE_ADVICE[d.rule],
    ...(dl?.provisional ? { provisionalReason: provisionalReason(dl.date) } : {}),
    ...(d.counterpart ? { counterpart: d.counterpart } : {}),
  }
  ctx.out.push(alert)
}

const exact = (date: Ymd): DeadlineResult => ({ date, nominal: date, shifted: false, provisional: false })

// ---- per-mark rules ----

/** The current term of a registered mark, and its renewal window once that has opened on `today`. */
function termOf(m: PortfolioMark, today: Ymd): { validUntil: Ymd; window: RenewalWindow | null } | null {
  if (m.status !== 'registered' || !m.registeredOn) return null
  const validUntil = m.validUntil ?? registrationValidUntil(m.registeredOn).date
  // the window opens 12 months before expiry; most marks are years away from it, so skip the working-day walk
  const opens = addCalendarDays(addCalendarYears(validUntil, -1), 1)
  return { validUntil, window: compareYmd(today, opens) >= 0 ? renewalWindow(validUntil) : null }
}

function renewalRules(ctx: Ctx, m: PortfolioMark, i: number, term: ReturnType<typeof termOf>) {
  if (!term?.window) return
  const { validUntil, window: w } = term
  if (m.renewalFiledOn && compareYmd(m.renewalFiledOn, w.opens) >= 0) return
  const key = `renewal:${m.id}:${validUntil}`
  const base = { key, orgId: m.ownerOrgId, mark: m, versionOf: [ctx.markVersion(i)] }
  const graceShown = shown(w.graceEnds, w.provisional)
  if (compareYmd(ctx.today, validUntil) <= 0) {
    // The term end is a fixed date, never moved to a working day, so it is exact even in an uncovered year. Telling
    // the owner to file by it is the safe reading: a filing after it falls in the grace period.
    const dl = exact(validUntil)
    const soon = diffDays(ctx.today, validUntil) <= SOON_DAYS
    emit(ctx, {
      ...base,
      rule: soon ? 'renewal_due' : 'renewal_open',
      basis: '商标法第四十条',
      deadline: dl,
      title: `${markLabel(m)}将于 ${validUntil} 期满，请办理续展`,
      detail: `续展期自 ${w.opens} 起；期满后有 6 个月宽展期，至 ${graceShown} 止（须缴纳延迟费）。`,
    })
  } else if (compareYmd(ctx.today, w.graceEnds) <= 0) {
    emit(ctx, {
      ...base,
      rule: 'renewal_grace',
      basis: '商标法第四十条',
      deadline: { date: w.graceEnds, nominal: w.graceEndsNominal, shifted: w.graceEnds !== w.graceEndsNominal, provisional: w.provisional },
      level: atLeast(alertLevel(w.graceEnds, ctx.today), 'soon'),
      title: `${markLabel(m)}已于 ${validUntil} 期满，宽展期至 ${graceShown}`,
      detail: `注册有效期已于 ${validUntil} 届满，宽展期内仍可续展（须缴纳延迟费），宽展期满未续展的将被注销。`,
    })
  } else {
    emit(ctx, {
      ...base,
      rule: 'lapsed',
      basis: '商标法第四十条、第五十条',
      deadline: { date: w.graceEnds, nominal: w.graceEndsNominal, shifted: w.graceEnds !== w.graceEndsNominal, provisional: w.provisional },
      level: 'overdue',
      title: `${markLabel(m)}宽展期已于 ${graceShown} 届满，未办理续展`,
      detail: `注册有效期 ${validUntil} 届满，宽展期至 ${graceShown} 仍未续展，商标将被注销，不再受保护。`,
    })
  }
}

function nonUseRule(ctx: Ctx, m: PortfolioMark, i: number, term: ReturnType<typeof termOf>) {
  if (!term || !m.registeredOn) return
  // past the grace period the mark is lapsed: nothing left to cancel
  if (term.window && compareYmd(ctx.today, term.window.graceEnds) > 0) return
  let lastUse: Ymd | null = null
  const consider = (d: Ymd) => {
    if (compareYmd(d, ctx.today) <= 0 && (!lastUse || compareYmd(d, lastUse) > 0)) lastUse = d
  }
  m.useEvidenceOn?.forEach(consider)
  m.licences?.forEach((l) => l.useEvidenceOn?.forEach(consider))
  const exp = nonUseExposure(m.registeredOn, lastUse, ctx.today)
  const since = exp.basis === 'last_use' ? `最近一次使用证据（${lastUse}）` : `注册公告（${m.registeredOn}）`
  const base = {
    key: `nonuse:${m.id}`,
    rule: 'nonuse_risk' as const,
    orgId: m.ownerOrgId,
    mark: m,
    basis: '商标法第四十九条',
    versionOf: [ctx.markVersion(i)],
  }
  if (exp.exposed) {
    emit(ctx, {
      ...base,
      deadline: null,
      level: 'soon',
      title: `${markLabel(m)}已连续 3 年无使用证据，存在“撤三”风险`,
      detail: `自${since}起已满 3 年未见使用证据，自 ${exp.exposedFrom} 起任何单位或个人均可申请撤销（撤三）。`,
    })
    return
  }
  const lastSafeDay = addCalendarDays(exp.exposedFrom, -1)
  if (diffDays(ctx.today, lastSafeDay) > SOON_DAYS) return
  emit(ctx, {
    ...base,
    // not a statutory period: the day before anyone may apply; not moved to a working day
    deadline: exact(lastSafeDay),
    title: `${markLabel(m)}将于 ${exp.exposedFrom} 起面临“撤三”风险`,
    detail: `自${since}起满 3 年未使用的，任何单位或个人可申请撤销；请在 ${lastSafeDay} 前使用商标并留存证据。`,
  })
}

function madridRules(ctx: Ctx, m: PortfolioMark, i: number) {
  if (!m.madrid || m.status === 'cancelled' || m.status === 'invalidated') return
  for (const ev of m.madrid.events) {
    if (ev.respondedOn) continue
    const refusal = ev.type === 'refusal'
    const dl = ownCaseDeadline(refusal ? 'refusal_review' : 'opposition_answer', ev.servedOn)
    emit(ctx, {
      key: `madrid:${m.id}:${ev.id}`,
      rule: refusal ? 'madrid_refusal' : 'madrid_opposition',
      orgId: m.ownerOrgId,
      mark: m,
      basis: refusal ? '商标法第三十四条' : '商标法实施条例第二十七条',
      deadline: dl,
      title: refusal
        ? `${markLabel(m)}指定中国的领土延伸被驳回，复审截止 ${shown(dl.date, dl.provisional)}`
        : `${markLabel(m)}指定中国的领土延伸被异议，答辩截止 ${shown(dl.date, dl.provisional)}`,
      detail: refusal
        ? `驳回通知 ${ev.servedOn} 送达，自收到通知之日起 15 日内可申请复审。`
        : `异议材料 ${ev.servedOn} 送达，自收到之日起 30 日内答辩。`,
      versionOf: [ctx.markVersion(i), ev.id],
    })
  }
}

function opinionRule(ctx: Ctx, o: OpinionItem, mark: PortfolioMark | null) {
  emit(ctx, {
    key: `opinion:${o.id}`,
    rule: 'negative_opinion',
    orgId: o.orgId,
    mark,
    basis: null,
    deadline: null,
    level: o.severity === 'high' ? 'urgent' : o.severity === 'medium' ? 'soon' : 'info',
    title: `负面舆情：${o.title}`,
    detail: `${o.source} ${o.publishedOn} 发布${mark ? `，涉及${markLabel(mark)}` : ''}。`,
    versionOf: [o.id, o.title, o.source, o.publishedOn, o.severity, o.trademarkId ?? null, mark?.name ?? null],
  })
}

// ---- gazette screening ----

const watched = (m: PortfolioMark) => m.status !== 'cancelled' && m.status !== 'invalidated'
/** the similarity groups a published mark shares with ours (class-wide when our mark lists no groups) */
function sharedGroups(m: PortfolioMark, e: GazetteEntry): string[] {
  if (m.groups?.length) return e.groups.filter((g) => m.groups!.includes(g))
  return e.groups.filter((g) => m.classes.includes(Number(g.slice(0, 2))))
}

interface Indexed {
  marks: PortfolioMark[]
  parts: NamePart[][]
  byName: Map<string, number[]>
}

function buildIndex(marks: PortfolioMark[]): Indexed {
  const byName = new Map<string, number[]>()
  const parts: NamePart[][] = []
  marks.forEach((m, i) => {
    const ps = nameParts(m.name)
    parts.push(ps)
    if (!watched(m)) return
    for (const p of ps)
      for (const k of indexKeys(p)) {
        const list = byName.get(k)
        if (!list) byName.set(k, [i])
        else if (list[list.length - 1] !== i) list.push(i)
      }
  })
  return { marks, parts, byName }
}

function squatting(
  ctx: Ctx,
  m: PortfolioMark,
  i: number,
  e: GazetteEntry,
  match: NameMatch,
  registration: boolean,
  dl: DeadlineResult,
  due: string,
  entryVersion: () => string,
) {
  emit(ctx, {
    key: `squatting:${m.id}:${e.regNo}:${registration ? 'registration' : 'preliminary'}`,
    rule: 'squatting',
    orgId: m.ownerOrgId,
    mark: m,
    basis: registration ? '商标法第四十四条、第四十五条' : '商标法第三十三条（依第四条、第十五条、第三十二条）',
    deadline: dl,
    title: registration
      ? `疑似抢注：「${e.name}」在${classList(e.classes)}已注册，无效宣告截止 ${due}`
      : `疑似抢注：「${e.name}」在${classList(e.classes)}初步审定公告，异议截止 ${due}`,
    detail: `${e.applicant} 在${classList(e.classes)}申请的「${e.name}」（${e.regNo}）与您的${markLabel(m)}${MATCH_LABELS[match.kind]}，但不在您的核定类似群内。`,
    counterpart: {
      regNo: e.regNo,
      name: e.name,
      applicant: e.applicant,
      publishedOn: e.publishedOn,
      classes: e.classes,
      match: match.kind,
    },
    versionOf: [ctx.markVersion(i), entryVersion()],
  })
}

function screenEntry(ctx: Ctx, idx: Indexed, e: GazetteEntry, entryVersion: () => string) {
  const eParts = nameParts(e.name)
  if (!eParts.length) return
  const candidates = new Set<number>()
  for (const p of eParts)
    for (const k of probeKeys(p)) {
      const hit = idx.byName.get(k)
      if (hit) for (const i of hit) candidates.add(i)
    }
  if (!candidates.size) return
  const applicant = normalizeParty(e.applicant)
  const own = (m: PortfolioMark) => normalizeParty(m.ownerName) === applicant || m.regNo === e.regNo
  const registration = e.type === 'registration' && !!e.registeredOn
  const dl = registration
    ? invalidationDeadline(e.registeredOn as Ymd)
    : e.wipoGazetteOn
      ? madridOppositionDeadline(e.wipoGazetteOn)
      : oppositionDeadline(e.publishedOn)
  if (compareYmd(ctx.today, dl.date) > 0) return
  const due = shown(dl.date, dl.provisional)

  for (const i of [...candidates].sort((a, b) => a - b)) {
    const m = idx.marks[i]
    if (own(m)) continue
    const match = matchNameParts(idx.parts[i], eParts)
    if (!match) continue
    const groups = sharedGroups(m, e)
    if (!groups.length) {
      const ourPart = idx.parts[i].find((p) => p.text === match.ours) as NamePart
      if (squattingVerdict(m, e, match, ourPart, 0, ctx.today).suspected)
        squatting(ctx, m, i, e, match, registration, dl, due, entryVersion)
      continue
    }
    const counterpart = {
      regNo: e.regNo,
      name: e.name,
      applicant: e.applicant,
      publishedOn: e.publishedOn,
      classes: e.classes,
      match: match.kind,
    }
    const similarity = `与您的${markLabel(m)}${MATCH_LABELS[match.kind]}（「${match.theirs}」/「${match.ours}」），类似群 ${groups.join('、')} 相同`
    if (registration) {
      emit(ctx, {
        key: `invalidation:${m.id}:${e.regNo}`,
        rule: 'invalidation_window',
        orgId: m.ownerOrgId,
        mark: m,
        basis: '商标法第四十五条',
        deadline: dl,
        title: `近似商标「${e.name}」已注册（${classList(e.classes)}），无效宣告截止 ${due}`,
        detail: `${e.applicant} 的「${e.name}」（${e.regNo}）于 ${e.registeredOn} 注册，${similarity}。自注册之日起 5 年内可请求宣告无效。`,
        counterpart,
        versionOf: [ctx.markVersion(i), entryVersion()],
      })
    } else {
      const basis = e.wipoGazetteOn ? '商标法实施条例第四十五条' : '商标法第三十三条'
      emit(ctx, {
        key: `similar:${m.id}:${e.regNo}`,
        rule: 'similar_published',
        orgId: m.ownerOrgId,
        mark: m,
        basis,
        deadline: dl,
        title: `近似商标「${e.name}」初步审定公告（${classList(e.classes)}），异议截止 ${due}`,
        detail: e.wipoGazetteOn
          ? `${e.applicant} 指定中国的国际注册「${e.name}」（${e.regNo}）刊登于 ${e.wipoGazetteOn} 的《国际商标公告》，${similarity}。自公告次月 1 日起 3 个月内可提出异议。`
          : `${e.applicant} 申请的「${e.name}」（${e.regNo}）于 ${e.publishedOn} 初步审定公告，${similarity}。自公告之日起 3 个月内可提出异议。`,
        counterpart,
        versionOf: [ctx.markVersion(i), entryVersion()],
      })
    }
  }
}

// ---- the run ----

// Every field of the input records (nested ones too), in a fixed order: their fingerprint is the input version.
const MARK_FIELDS = [
  ...['id', 'regNo', 'name', 'markType', 'classes', 'groups', 'ownerOrgId', 'ownerName', 'status', 'appliedOn', 'registeredOn'],
  ...['validUntil', 'renewalFiledOn', 'madrid', 'events', 'type', 'servedOn', 'respondedOn', 'licences', 'licensee', 'from', 'to'],
  'useEvidenceOn',
] as const satisfies ReadonlyArray<keyof PortfolioMark | keyof NonNullable<PortfolioMark['madrid']> | keyof MadridEvent | keyof Licence>
const ENTRY_FIELDS = [
  'regNo',
  'name',
  'classes',
  'groups',
  'applicant',
  'publishedOn',
  'type',
  'registeredOn',
  'wipoGazetteOn',
] as const satisfies ReadonlyArray<keyof GazetteEntry>

function compareAlerts(a: MonitorAlert, b: MonitorAlert): number {
  if (a.lastDay !== b.lastDay) {
    if (a.lastDay === null) return 1
    if (b.lastDay === null) return -1
    return compareYmd(a.lastDay, b.lastDay)
  }
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** Every alert for the portfolio on `today`, sorted by last day (alerts without one last), then key. */
export function runMonitor(input: MonitorInput): MonitorResult {
  if (!isValidYmd(input.today)) return { alerts: [], problems: [{ path: 'today', message: '监测日期格式应为 YYYY-MM-DD' }] }
  const problems: InputProblem[] = []
  const marks: PortfolioMark[] = []
  input.marks.forEach((m, i) => {
    const p = checkMark(m, i)
    if (p.length) problems.push(...p)
    else marks.push(m)
  })
  const versions: string[] = []
  const ctx: Ctx = {
    today: input.today,
    out: [],
    markVersion: (i) => (versions[i] ??= hashFields(marks[i], MARK_FIELDS)),
  }
  marks.forEach((m, i) => {
    const term = termOf(m, ctx.today)
    renewalRules(ctx, m, i, term)
    nonUseRule(ctx, m, i, term)
    madridRules(ctx, m, i)
  })

  const idx = buildIndex(marks)
  input.gazette.forEach((e, i) => {
    const p = checkEntry(e, i)
    if (p.length) return void problems.push(...p)
    if (compareYmd(e.publishedOn, ctx.today) > 0) return // not published yet on `today`
    let v: string | undefined
    screenEntry(ctx, idx, e, () => (v ??= hashFields(e, ENTRY_FIELDS)))
  })

  const byId = new Map(marks.map((m) => [m.id, m]))
  input.opinions?.forEach((o, i) => {
    const p = checkOpinion(o, i)
    if (p.length) return void problems.push(...p)
    if (compareYmd(o.publishedOn, ctx.today) > 0) return
    opinionRule(ctx, o, (o.trademarkId && byId.get(o.trademarkId)) || null)
  })

  const alerts = ctx.out.sort(compareAlerts)
  // two gazette entries with one number would give one key twice: keep the first (stable order)
  const seen = new Set<string>()
  return { alerts: alerts.filter((a) => (seen.has(a.key) ? false : (seen.add(a.key), true))), problems }
}
