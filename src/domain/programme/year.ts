// A programme year (行动年度): its timetable and its quota table (附件4), both versioned.
//
// Versioning rule (one rule for the timetable and the quota table):
//   - every change makes a new version with who (user id, name), when (ISO instant) and what changed;
//   - BEFORE the year's first recommendation a reason is optional;
//   - AFTER recommendations started (any application of the year recommended) a change is still possible —
//     quotas are sometimes corrected mid-year — but only with a written reason, kept in the record;
//   - a quota limit may never go below what the province has already recommended on that track (those
//     recommendations stand), and the national window may not shrink so that an existing call falls outside.
// Only the national reviewer sets the timetable and the quotas.
//
// The ratio rules of annex 4 (non-demonstration enterprises ≤ 30 %, manufacturing + service regional
// brands ≥ 70 %) are not editable: quota.ts applies them to whatever limits the year's table holds.
import * as z from 'zod/mini'
import type { ApplicationTrack, QuotaRow } from '../contract/application'
import { QUOTA_TABLE_2023, QUOTA_TABLE_YEAR } from '../quota'
import { localToEpoch } from '../time'
import { type Actor, type Outcome, fieldErrorsOf, formatLocalDateTime, invalid, refuse } from '../outcome'
import { type YearTimetable, timetableDiff, timetableSchema } from './timetable'

export const CHANGE_REASON_MAX = 500
export const QUOTA_LIMIT_MAX = 1000
const TRACKS: readonly ApplicationTrack[] = ['enterprise', 'regional', 'station']
const TRACK_LABEL: Record<ApplicationTrack, string> = { enterprise: '企业商标品牌', regional: '区域商标品牌', station: '指导站' }

export interface ChangeRecord {
  version: number
  /** ISO instant */
  at: string
  by: string
  byName?: string
  reason?: string
  /** the change came after the year's first recommendation (so the reason was required) */
  afterRecommendationsStarted: boolean
  /** "申报截止时间：… → …", "福建省 企业商标品牌名额：43 → 45" */
  changes: string[]
}

export interface TimetableVersion {
  timetable: YearTimetable
  record: ChangeRecord
}

export interface QuotaVersion {
  /** 'annex4': the plan's 2023 table as published; 'edited': changed by the national reviewer */
  basis: 'annex4' | 'edited'
  rows: QuotaRow[]
  record: ChangeRecord
}

export interface ProgrammeYear {
  year: number
  /** oldest first; the last one is in force */
  timetableVersions: TimetableVersion[]
  quotaVersions: QuotaVersion[]
}

export interface ChangeContext {
  now: Date
  reason?: string
  /** has any application of this year been recommended yet? (see recommendationsStarted in recommend.ts) */
  recommendationsStarted: boolean
}

export const currentTimetable = (y: ProgrammeYear): YearTimetable => y.timetableVersions[y.timetableVersions.length - 1].timetable
export const currentQuotaTable = (y: ProgrammeYear): QuotaRow[] => y.quotaVersions[y.quotaVersions.length - 1].rows
export const quotaRowOf = (y: ProgrammeYear, provinceCode: string): QuotaRow | undefined =>
  currentQuotaTable(y).find((r) => r.provinceCode === provinceCode)

/** The quota table in force at an instant (for re-checking an old recommendation against its own table). */
export function quotaTableAt(y: ProgrammeYear, at: Date): QuotaRow[] {
  let rows = y.quotaVersions[0].rows
  for (const v of y.quotaVersions) if (Date.parse(v.record.at) <= at.getTime()) rows = v.rows
  return rows
}

/** Annex 4 (2023 table) as the default for a new year: copies, so edits never touch the constant. */
export const defaultQuotaRows = (): QuotaRow[] => QUOTA_TABLE_2023.map((r) => ({ ...r }))

const onlyNational = (actor: Actor) =>
  actor.role === 'national' ? null : refuse(403, 'FORBIDDEN', '只有国家知识产权局可以设置年度时间安排和推荐名额')

function reasonProblem(ctx: ChangeContext): Record<string, string> | null {
  const r = (ctx.reason ?? '').trim()
  if (ctx.recommendationsStarted && !r) return { reason: '本年度已开始推荐，修改须填写原因（将记录修改人和时间）' }
  if (Array.from(r).length > CHANGE_REASON_MAX) return { reason: `原因最多 ${CHANGE_REASON_MAX} 个字` }
  return null
}

function record(version: number, actor: Actor, ctx: ChangeContext, changes: string[]): ChangeRecord {
  const reason = (ctx.reason ?? '').trim()
  return {
    version,
    at: ctx.now.toISOString(),
    by: actor.id,
    ...(actor.name ? { byName: actor.name } : {}),
    ...(reason ? { reason } : {}),
    afterRecommendationsStarted: ctx.recommendationsStarted,
    changes,
  }
}

/** Open a new programme year: timetable as given, quota table = annex 4. */
export function createProgrammeYear(actor: Actor, input: unknown, now: Date): Outcome<ProgrammeYear> {
  const denied = onlyNational(actor)
  if (denied) return denied
  const r = timetableSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const ctx: ChangeContext = { now, recommendationsStarted: false }
  return {
    ok: true,
    value: {
      year: r.data.year,
      timetableVersions: [{ timetable: r.data, record: record(1, actor, ctx, ['设置年度时间安排']) }],
      quotaVersions: [
        { basis: 'annex4', rows: defaultQuotaRows(), record: record(1, actor, ctx, [`采用附件4推荐名额（${QUOTA_TABLE_YEAR} 年度）`]) },
      ],
    },
  }
}

/** A call's window, as far as the national window cares. */
export interface CallWindow {
  provinceCode: string
  batch: number
  opensAt: string
  closesAt: string
}

/** Change the timetable (the year itself cannot change). `ctx.calls`: the province calls of this year. */
export function updateTimetable(
  y: ProgrammeYear,
  actor: Actor,
  input: unknown,
  ctx: ChangeContext & { calls: readonly CallWindow[] },
): Outcome<ProgrammeYear> {
  const denied = onlyNational(actor)
  if (denied) return denied
  const r = timetableSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error))
  const next = r.data
  if (next.year !== y.year) return invalid({ year: `年度不能修改（当前为 ${y.year} 年度）` })
  const reasonErr = reasonProblem(ctx)
  if (reasonErr) return invalid(reasonErr)
  const outside = ctx.calls.filter(
    (c) =>
      localToEpoch(c.opensAt) < localToEpoch(next.applicationOpensAt) || localToEpoch(c.closesAt) > localToEpoch(next.applicationClosesAt),
  )
  if (outside.length > 0) {
    const list = outside.map((c) => `${c.provinceCode} 第 ${c.batch} 批（截止 ${formatLocalDateTime(c.closesAt)}）`).join('、')
    return refuse(409, 'CONFLICT', `已开通的申报批次不在新的申报时间范围内：${list}。请先调整这些批次，或放宽申报时间`)
  }
  const changes = timetableDiff(currentTimetable(y), next)
  if (changes.length === 0) return refuse(409, 'CONFLICT', '时间安排没有变化')
  const version = y.timetableVersions.length + 1
  return {
    ok: true,
    value: { ...y, timetableVersions: [...y.timetableVersions, { timetable: next, record: record(version, actor, ctx, changes) }] },
  }
}

export interface QuotaEdit {
  provinceCode: string
  track: ApplicationTrack
  limit: number
}

export const quotaEditsSchema = z
  .array(
    z.object({
      provinceCode: z.string('请选择省份').check(z.regex(/^\d{2}0000$/, '省份代码应为 6 位数字，后 4 位为 0')),
      track: z.enum(['enterprise', 'regional', 'station'], '请选择名额类别（企业 / 区域 / 指导站）'),
      limit: z
        .number('请填写名额')
        .check(z.int('名额应为整数'), z.gte(0, '名额不能为负数'), z.lte(QUOTA_LIMIT_MAX, `名额不能超过 ${QUOTA_LIMIT_MAX}`)),
    }),
    '请填写要修改的名额',
  )
  .check(z.minLength(1, '请至少修改一项名额'))

/** How many applications a province has recommended on a track this year (counted statuses). */
export type RecommendedCount = (provinceCode: string, track: ApplicationTrack) => number

/** Edit limits per province and track; refused below what is already recommended. */
export function editQuotas(
  y: ProgrammeYear,
  actor: Actor,
  input: unknown,
  ctx: ChangeContext & { recommended: RecommendedCount },
): Outcome<ProgrammeYear> {
  const denied = onlyNational(actor)
  if (denied) return denied
  const r = quotaEditsSchema.safeParse(input)
  if (!r.success) return invalid(fieldErrorsOf(r.error, 'edits'))
  const reasonErr = reasonProblem(ctx)
  if (reasonErr) return invalid(reasonErr)
  const rows = currentQuotaTable(y).map((row) => ({ ...row }))
  const errors: Record<string, string> = {}
  const changes: string[] = []
  r.data.forEach((e, i) => {
    const row = rows.find((x) => x.provinceCode === e.provinceCode)
    if (!row) return void (errors[`edits.${i}.provinceCode`] = '附件4 中没有这个省份')
    const used = ctx.recommended(e.provinceCode, e.track)
    if (e.limit < used) {
      errors[`edits.${i}.limit`] = `${row.provinceName}已推荐${TRACK_LABEL[e.track]} ${used} 个，名额不能少于 ${used}`
      return
    }
    if (row[e.track] !== e.limit) changes.push(`${row.provinceName} ${TRACK_LABEL[e.track]}名额：${row[e.track]} → ${e.limit}`)
    row[e.track] = e.limit
  })
  if (Object.keys(errors).length > 0) return invalid(errors)
  if (changes.length === 0) return refuse(409, 'CONFLICT', '推荐名额没有变化')
  const version = y.quotaVersions.length + 1
  return {
    ok: true,
    value: { ...y, quotaVersions: [...y.quotaVersions, { basis: 'edited', rows, record: record(version, actor, ctx, changes) }] },
  }
}

/**
 * Annex 4 note 3: the station quota is 50 % of the province's enterprise + regional quota (the published
 * table rounds it, off by at most 1.5). Returned as warnings for the edit screen, never as a refusal.
 */
export function stationQuotaWarnings(rows: readonly QuotaRow[]): { provinceCode: string; message: string }[] {
  return rows
    .filter((r) => Math.abs(r.station - (r.enterprise + r.regional) / 2) > 1.5)
    .map((r) => ({
      provinceCode: r.provinceCode,
      message: `${r.provinceName}指导站名额 ${r.station} 与企业、区域名额之和的 50%（${(r.enterprise + r.regional) / 2}）相差较大（附件4 注3）`,
    }))
}

export { TRACKS as QUOTA_TRACKS }
