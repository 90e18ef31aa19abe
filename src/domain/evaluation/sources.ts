// Every data item an indicator may read, by path. Paths are "<namespace>.<key>", the namespaces being the
// parts of SubjectYear (report, visits, members, alerts, opinion, ip, station) plus "application" (facts of
// the application form, not yearly). Yearly namespaces have history, so growth rules may use them.
import {
  IP_ENTERPRISE_STATUS_LABELS,
  MARK_TYPE_LABELS,
  PILOT_STATUS_LABELS,
  SRDI_STATUS_LABELS,
  TIME_HONORED_LABELS,
} from '../contract/labels'
import { REPORT_FIELDS, fieldPath } from '../report/fields'
import type { EvaluationSubject, EvaluationTrack, SubjectYear } from './types'

export interface SourceDef {
  path: string
  label: string
  unit?: string
  kind: 'number' | 'boolean' | 'choice'
  /** choice sources: value → label */
  values?: Readonly<Record<string, string>>
  /** a rate stored as 0–1, shown as a percentage */
  ratio?: true
  tracks: readonly EvaluationTrack[]
  /** yearly data (a growth rule can compare years) */
  yearly: boolean
}

type Value = number | boolean | string | null | undefined
/** reads one path from a subject and the data of one of its years (looked up once by the caller) */
export type SourceReader = (subject: EvaluationSubject, yearData: SubjectYear | undefined) => Value

const BRANDS: readonly EvaluationTrack[] = ['enterprise', 'regional']
const num = (path: string, label: string, unit: string | undefined, tracks: readonly EvaluationTrack[]): SourceDef => ({
  path,
  label,
  unit,
  kind: 'number',
  tracks,
  yearly: true,
})

function reportSources(): SourceDef[] {
  const out = new Map<string, SourceDef>()
  for (const track of BRANDS) {
    for (const f of REPORT_FIELDS[track as 'enterprise' | 'regional']) {
      const path = `report.${fieldPath(f)}`
      const known = out.get(path)
      if (known) {
        out.set(path, { ...known, tracks: [...known.tracks, track] })
        continue
      }
      const kind = f.kind === 'number' ? 'number' : f.kind === 'flag' ? 'boolean' : 'choice'
      out.set(path, { path, label: f.label, unit: f.unit, kind, values: f.options, tracks: [track], yearly: true })
    }
  }
  return [...out.values()]
}

const choice = (path: string, label: string, labels: Record<string, string>, tracks: readonly EvaluationTrack[]): SourceDef => ({
  path,
  label,
  kind: 'choice',
  values: labels,
  tracks,
  yearly: false,
})

const rate = (path: string, label: string, tracks: readonly EvaluationTrack[]): SourceDef => ({
  ...num(path, label, undefined, tracks),
  ratio: true,
})

const S: readonly EvaluationTrack[] = ['station']
const E: readonly EvaluationTrack[] = ['enterprise']
const R: readonly EvaluationTrack[] = ['regional']

export const SOURCES: readonly SourceDef[] = [
  ...reportSources(),
  choice('application.ipStatus', '国家知识产权优势示范企业（申报表）', IP_ENTERPRISE_STATUS_LABELS, E),
  choice('application.srdiStatus', '专精特新/单项冠军（申报表）', SRDI_STATUS_LABELS, E),
  choice('application.timeHonored', '老字号（申报表）', TIME_HONORED_LABELS, E),
  choice('application.pilotStatus', '所在地区知识产权强国建设试点示范（申报表）', PILOT_STATUS_LABELS, R),
  choice('application.markType', '商标类型（申报表）', MARK_TYPE_LABELS, R),
  { path: 'application.isGI', label: '是否为地理标志（申报表）', kind: 'boolean', tracks: R, yearly: false },
  num('visits.count', '接受指导站服务次数（服务记录）', '次', BRANDS),
  num('visits.topics', '接受指导站服务的主题数（服务记录）', '个', BRANDS),
  num('members.active', '在册用标企业（用标名册）', '家', R),
  num('members.sme', '其中中小企业（用标名册）', '家', R),
  num('members.joined', '当年新增用标企业（用标名册）', '家', R),
  num('members.withEvidence', '有当年使用证据的用标企业（用标名册）', '家', R),
  num('alerts.total', '风险预警数（监测）', '次', BRANDS),
  num('alerts.handledOnTime', '期限内处置的风险预警（监测）', '次', BRANDS),
  rate('alerts.handledOnTimeRate', '风险预警期限内处置率（监测）', BRANDS),
  num('opinion.negativeEvents', '负面舆情事件（监测）', '次', BRANDS),
  num('opinion.severeEvents', '重大负面舆情事件（监测）', '次', BRANDS),
  num('ip.marks', '有效注册商标（登记数据）', '件', BRANDS),
  num('ip.madrid', '马德里国际注册（登记数据）', '件', BRANDS),
  num('ip.patents', '有效专利（登记数据）', '件', BRANDS),
  num('ip.inventionPatents', '有效发明专利（登记数据）', '件', BRANDS),
  num('ip.copyrights', '著作权登记（登记数据）', '件', BRANDS),
  num('ip.icLayouts', '集成电路布图设计（登记数据）', '件', BRANDS),
  num('ip.plantVarieties', '植物新品种权（登记数据）', '件', BRANDS),
  num('station.clientsServed', '服务市场主体数', '家', S),
  num('station.visits', '服务记录数', '次', S),
  num('station.modesUsed', '使用的服务方式数（到站/上门/线上）', '种', S),
  num('station.topicsCovered', '覆盖的服务主题数', '个', S),
  rate('station.followUpOnTimeRate', '按期回访率', S),
  rate('station.noShowRate', '预约爽约率', S),
  rate('station.cancellationRate', '预约取消率', S),
  num('station.clientAlertsHandled', '协助服务对象处置的风险预警', '次', S),
  rate('station.clientAlertsHandledOnTimeRate', '服务对象风险预警期限内处置率', S),
  num('station.linkedParticipants', '对接服务的参加行动品牌数', '个', S),
]

const BY_PATH = new Map(SOURCES.map((s) => [s.path, s]))
export const sourceDef = (path: string): SourceDef | undefined => BY_PATH.get(path)

/** A fast reader for a path (resolved once, called per subject and year). */
export function sourceReader(path: string): SourceReader {
  const parts = path.split('.')
  if (parts[0] === 'application') {
    const key = parts[1] as keyof NonNullable<EvaluationSubject['application']>
    return (s) => s.application?.[key]
  }
  if (parts[0] === 'report') {
    const [, dim, key] = parts
    return (_s, y) => (y?.report as Record<string, Record<string, Value> | undefined> | undefined)?.[dim]?.[key]
  }
  const ns = parts[0] as keyof SubjectYear
  const key = parts[1]
  return (_s, y) => (y?.[ns] as Record<string, Value> | undefined)?.[key]
}
