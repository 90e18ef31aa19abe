// Seed step for programme applications: this year's applications across provinces in every state, last
// year's official list (one public-notice batch), and the demo accounts' situation:
//  - the demo enterprise (OG000001) has NO application, so the E2E fills its annex-1 form from scratch;
//  - the demo association has a draft in progress (it names the demo station, which names it back → confirmed);
//  - the demo station has a submitted application naming the demo association (confirmed) and the demo
//    enterprise (pending until the enterprise names the station in its own form);
//  - 福建省 (the demo province reviewer): some applications waiting (submitted / resubmitted), one returned,
//    quotas partly used — enterprise 10 counted of 43 (2 non-demonstration: a single further non-demo
//    enterprise can still be recommended), regional 4 of 34 (1 agriculture), station 3 of 39.
// Every submitted form is complete and valid against the same schema the server uses.
import type {
  ApplicationStatus,
  ApplicationTrack,
  EnterpriseForm,
  IpEnterpriseStatus,
  Organization,
  RegionalBrand,
  RegionalForm,
  Role,
  Station,
  StationForm,
  TimelineEntry,
  Trademark,
} from '../../src/domain/contract'
import { brandNameOf, evaluateEligibility, programmeYear, stationConfirmations, type LinkApp } from '../../src/domain/application'
import { provinceName } from '../../src/domain/quota'
import type { Notice } from '../../src/domain/contract'
import type { StoredApplication, StoredBatch } from '../store'
import { toLocalDate } from '../../src/domain/time'
import type { Rng } from './rng'
import type { SeedStep } from './context'

const DAY = 86_400_000
const ymdOf = (ms: number) => toLocalDate(new Date(ms))

/** The order of states an application passes through to reach `target`. */
const PATH: Record<ApplicationStatus, ApplicationStatus[]> = {
  draft: ['draft'],
  submitted: ['draft', 'submitted'],
  returned: ['draft', 'submitted', 'returned'],
  resubmitted: ['draft', 'submitted', 'returned', 'resubmitted'],
  recommended: ['draft', 'submitted', 'recommended'],
  national_review: ['draft', 'submitted', 'recommended', 'national_review'],
  public_notice: ['draft', 'submitted', 'recommended', 'national_review', 'public_notice'],
  confirmed: ['draft', 'submitted', 'recommended', 'national_review', 'public_notice', 'confirmed'],
  not_selected: ['draft', 'submitted', 'recommended', 'national_review', 'public_notice', 'not_selected'],
}

const RETURN_REASONS = [
  '近三年主营业务收入与财务报表不一致，请核对后重新填写',
  '请补充商标品牌战略及商标资产管理体系的具体情况',
  '社会责任履行情况介绍过于简略，请补充公益项目和支出明细',
]
const REJECT_REASONS = ['公示期内收到异议，经核实商标权属存在争议', '复核认为品牌影响力材料不足，本年度暂不纳入']

function enterpriseForm(
  rng: Rng,
  org: Organization,
  tm: Trademark | undefined,
  ipStatus: IpEnterpriseStatus,
  stationId?: string,
): EnterpriseForm {
  const base = rng.int(3000, 250000)
  const grow = () => Math.round(base * (0.9 + rng.next() * 0.35))
  return {
    orgName: org.name,
    uscc: org.uscc,
    contactName: org.contactName,
    contactPhone: org.contactPhone,
    markName: tm?.name ?? org.name.slice(2, 5),
    markRegNo: tm?.regNo ?? String(rng.int(10000000, 69999999)),
    markClasses: tm?.classes.length ? tm.classes.slice() : [35],
    markIsMain: true,
    markMatchesBusiness: true,
    field: org.field,
    scale: rng.pick(['large', 'medium', 'medium', 'small'] as const),
    ipStatus,
    srdiStatus: rng.pick(['champion', 'little_giant', 'provincial_srdi', 'none', 'none'] as const),
    timeHonored: rng.pick(['none', 'none', 'none', 'provincial', 'china'] as const),
    revenueY3: base,
    revenueY2: grow(),
    revenueY1: grow(),
    rdInvestment: Math.round(base * 0.04),
    marketingInvestment: Math.round(base * 0.03),
    enforcementInvestment: rng.int(5, 120),
    ipDomesticMarks: rng.int(5, 260),
    ipMadridMarks: rng.int(0, 30),
    ipPatents: rng.int(3, 400),
    ipCopyrights: rng.int(0, 60),
    ipIcLayouts: 0,
    ipPlantVarieties: 0,
    charitySpending: rng.int(10, 600),
    csrDescription: '发布年度社会责任报告，开展乡村振兴帮扶和助学公益项目。',
    honours: '获评省级制造业单项冠军培育企业，相关产品获主流媒体专题报道。',
    brandValuation: rng.chance(0.5) ? '入选知名品牌评估机构发布的中国品牌价值评价榜单。' : '无',
    wellKnownMark: rng.chance(0.3) ? '主商标于行政程序中被认定为驰名商标。' : '无',
    badFaithRecord: '无',
    penaltyRecord: '无',
    ...(stationId ? { stationId } : {}),
    strategy: '制定企业商标品牌发展战略，设立知识产权部，建立商标资产台账和风险监测机制。',
    overseas: rng.chance(0.5) ? '产品出口东南亚、欧洲，已通过马德里体系在主要市场注册商标。' : '无',
    opinion: '同意申报',
    declaration: true,
  }
}

function regionalForm(
  rng: Rng,
  org: Organization,
  brand: RegionalBrand | undefined,
  tm: Trademark | undefined,
  stationId?: string,
): RegionalForm {
  const markType = tm?.markType ?? 'collective'
  const users = brand?.memberCount ?? rng.int(20, 300)
  const out: RegionalForm = {
    holderName: org.name,
    uscc: org.uscc,
    contactName: org.contactName,
    contactPhone: org.contactPhone,
    brandName: brand?.name ?? org.name.slice(0, 6),
    markName: tm?.name ?? brand?.name ?? org.name.slice(0, 6),
    markRegNo: tm?.regNo ?? String(rng.int(10000000, 69999999)),
    markClasses: tm?.classes.length ? tm.classes.slice() : [35],
    markType,
    isGI: !!tm?.isGI,
    field: brand?.field ?? org.field,
    primaryAgricultural: false,
    regionCode: org.countyCode && !org.countyCode.endsWith('0000') ? org.countyCode : org.cityCode,
    regionName: org.regionName,
    pilotStatus: rng.pick(['city', 'county', 'park', 'none'] as const),
    products: `${brand?.name ?? '区域品牌'}系列产品及相关服务`,
    userCount: users,
    smeCount: Math.min(users, brand?.smeCount ?? Math.round(users * 0.8)),
    outputValue: rng.int(20000, 3000000),
    gdpShare: Math.round(rng.next() * 150) / 10,
    standards: '参与制定团体标准 2 项，采用国家标准生产。',
    promotionInvestment: rng.int(50, 3000),
    employees: rng.int(2000, 120000),
    avgIncome: rng.int(45000, 120000),
    incomeGrowth: Math.round((rng.next() * 14 - 2) * 10) / 10,
    rdInvestment: rng.int(100, 20000),
    patentCount: rng.int(5, 900),
    envInvestment: rng.int(50, 8000),
    govInvestment: '地方政府设立产业扶持资金，建设产业园区和公共检测平台。',
    honours: '获评省级区域品牌示范，入选主流媒体区域品牌专题报道。',
    brandValuation: '无',
    wellKnownMark: '无',
    penaltyRecord: '无',
    ...(stationId ? { stationId } : {}),
    strategy: '制定区域品牌发展规划和商标使用管理规则，建立准入退出机制。',
    development: '统一授权用标企业，建立产品溯源体系，带动相关产业集聚发展。',
    opinion: '同意申报',
    governmentOpinion: '情况属实，同意推荐',
    declaration: true,
  }
  if (markType === 'ordinary') {
    out.countyApproval = true
    out.approvalAuthority = `${org.regionName.split(' ').pop() ?? ''}人民政府`
    out.otherLawfulUsers = rng.int(6, 40)
  }
  return out
}

function stationForm(rng: Rng, st: Station, entIds: string[], regIds: string[]): StationForm {
  return {
    stationName: st.name,
    host: st.host,
    approvedBy: st.approvedBy,
    address: st.address,
    contactName: '站务联系人',
    contactPhone: st.phone && /^1[3-9]\d{9}$/.test(st.phone) ? st.phone : `139${String(rng.int(10000000, 99999999))}`,
    staffCount: st.staffCount || rng.int(3, 12),
    funding: '建设单位专项经费保障，纳入年度财政预算。',
    serviceArea: `${st.regionName}范围内的企业、行业协会和区域品牌主体`,
    businessScope: '商标注册申请指导、商标品牌培育、维权援助、质押融资对接、海外布局指导。',
    servedY3: rng.int(40, 300),
    servedY2: rng.int(60, 400),
    servedY1: rng.int(80, 500),
    servedEnterpriseOrgIds: entIds,
    servedRegionalOrgIds: regIds,
    workPlan: '建立一对一联络员制度，每季度走访对接企业，开展商标风险监测和品牌宣传培训。',
    opinion: '同意申报',
    declaration: true,
  }
}

export const seedApplications: SeedStep = (s) => {
  const rng = s.rng.fork('applications')
  const { now } = s
  const year = programmeYear(now)
  const nowMs = now.getTime()
  const { orgs, stations, users, trademarks, regionalBrands: brands, store } = s
  const applications: StoredApplication[] = []
  const batches: StoredBatch[] = []
  const stationById = new Map(stations.map((s) => [s.id, s]))
  const orgById = new Map(orgs.map((o) => [o.id, o]))
  const names = {
    stationName: (id: string) => stationById.get(id)?.name ?? '',
    orgName: (id: string) => orgById.get(id)?.name ?? '',
    orgKind: (id: string) => orgById.get(id)?.kind,
  }
  const demoEnterprise = orgs.find((o) => o.id === 'OG000001')
  const demoAssociation = orgs.find((o) => o.id === 'OG000002')
  const demoStaff = users.find((u) => u.phone === '13800000003')
  const nationalUser = users.find((u) => u.role === 'national')
  const reviewerOf = (provinceCode: string) => users.find((u) => u.role === 'province' && u.provinceCode === provinceCode)
  const firstMark = (orgId: string) => trademarks.find((t) => t.ownerOrgId === orgId)

  const actorFor = (status: ApplicationStatus, a: StoredApplication): { role: Role; name: string } => {
    if (status === 'submitted' || status === 'resubmitted' || status === 'draft') {
      const u = users.find((x) =>
        a.track === 'station'
          ? x.role === 'staff' && x.stationId === a.stationId
          : x.orgId === a.orgId && (x.role === 'enterprise' || x.role === 'association'),
      )
      return {
        role: a.track === 'station' ? 'staff' : a.track === 'enterprise' ? 'enterprise' : 'association',
        name: u?.name ?? a.applicantName,
      }
    }
    if (status === 'returned' || status === 'recommended') {
      const r = reviewerOf(a.provinceCode)
      return { role: 'province', name: `${a.provinceName}知识产权局 ${r?.name ?? '审核员'}` }
    }
    return { role: 'national', name: `国家知识产权局 ${nationalUser?.name ?? '复核员'}` }
  }

  /** Build the application with a plausible timeline ending `endDaysAgo` days ago. */
  const make = (
    track: ApplicationTrack,
    appYear: number,
    who: { org?: Organization; station?: Station },
    status: ApplicationStatus,
    form: Record<string, unknown>,
    opts: { endDaysAgo: number; batch?: StoredBatch } = { endDaysAgo: 1 },
  ): StoredApplication => {
    const provinceCode = who.org?.provinceCode ?? who.station!.provinceCode
    const path = PATH[status]
    // steps spaced 2–6 days apart, the last one `endDaysAgo` ago (last year's: in December of that year)
    // this year's public notice was published on its batch's first day
    const daysAgo = appYear === year && status === 'public_notice' && opts.batch ? 9 : opts.endDaysAgo
    const endMs = appYear === year ? nowMs - daysAgo * DAY : Date.UTC(appYear, 11, 20, 2) - opts.endDaysAgo * DAY
    const gaps = path.map(() => rng.int(2, 6) * DAY + rng.int(0, 8) * 3600_000)
    let t = endMs - gaps.slice(1).reduce((s, g) => s + g, 0)
    const a: StoredApplication = {
      id: s.id('AP'),
      track,
      year: appYear,
      ...(who.org ? { orgId: who.org.id } : {}),
      ...(who.station ? { stationId: who.station.id } : {}),
      provinceCode,
      provinceName: provinceName(provinceCode),
      applicantName: who.org?.name ?? who.station!.name,
      brandName: '',
      status,
      form: form as StoredApplication['form'],
      eligibility: { ok: true, checks: [] },
      stationConfirmations: [],
      timeline: [],
      createdAt: new Date(t).toISOString(),
      updatedAt: new Date(t).toISOString(),
    } as StoredApplication
    a.brandName = brandNameOf(track, a.form, a.applicantName)
    let prev: ApplicationStatus | null = null
    path.forEach((s, i) => {
      if (i > 0) t += gaps[i]
      const actor = actorFor(s, a)
      const entry: TimelineEntry = { at: new Date(t).toISOString(), from: prev, to: s, actorRole: actor.role, actorName: actor.name }
      if (s === 'returned') entry.reason = rng.pick(RETURN_REASONS)
      if (s === 'not_selected') entry.reason = rng.pick(REJECT_REASONS)
      if (entry.reason) a.lastReason = entry.reason
      if (s === 'submitted' || s === 'resubmitted') a.submittedAt = entry.at
      a.timeline.push(entry)
      prev = s
    })
    a.updatedAt = a.timeline[a.timeline.length - 1].at
    if (opts.batch && ['public_notice', 'confirmed', 'not_selected'].includes(status)) {
      a.batch = opts.batch.batch
      a.publicNotice = { start: opts.batch.start, end: opts.batch.end }
      opts.batch.applicationIds.push(a.id)
    }
    applications.push(a)
    return a
  }

  // public-notice batches: last year's (closed) and this year's first, whose notice ended two days ago (its
  // applications await confirmation; ones published from now on must wait for their own notice to end)
  const lastYearBatch: StoredBatch = {
    year: year - 1,
    batch: 1,
    start: `${year - 1}-12-08`,
    end: `${year - 1}-12-14`,
    applicationIds: [],
    createdAt: new Date(Date.UTC(year - 1, 11, 8)).toISOString(),
  }
  const thisYearBatch: StoredBatch = {
    year,
    batch: 1,
    start: ymdOf(nowMs - 9 * DAY),
    end: ymdOf(nowMs - 2 * DAY),
    applicationIds: [],
    createdAt: new Date(nowMs - 9 * DAY).toISOString(),
  }
  batches.push(lastYearBatch, thisYearBatch)

  const used = new Set<string>(demoEnterprise ? [demoEnterprise.id] : [])
  const pool = (provinceCode: string, kind: 'enterprise' | 'association') =>
    orgs.filter((o) => o.provinceCode === provinceCode && o.kind === kind && !used.has(o.id) && o.id !== 'OG000001' && o.id !== 'OG000002')
  const take = (list: Organization[], n: number) => {
    const out = list.filter((o) => !used.has(o.id)).slice(0, n)
    out.forEach((o) => used.add(o.id))
    return out
  }

  /** enterprise + regional applications of a province, then station applications serving them */
  const seedProvince = (
    provinceCode: string,
    plan: {
      enterprise: Array<[ApplicationStatus, IpEnterpriseStatus]>
      regional: ApplicationStatus[]
      /** statuses of station applications (one per station among the linked stations) */
      station: ApplicationStatus[]
    },
    appYear = year,
  ) => {
    const batch = appYear === year ? thisYearBatch : lastYearBatch
    const prng = rng.fork(`${provinceCode}:${appYear}`)
    const entOrgs = take(prng.shuffle(pool(provinceCode, 'enterprise')), plan.enterprise.length)
    // regional: keep agriculture brands to at most 1 in the counted set of the plan (ratio rule)
    const assocAll = prng.shuffle(pool(provinceCode, 'association'))
    const nonAgri = assocAll.filter((o) => (brands.find((b) => b.associationId === o.id)?.field ?? o.field) !== 'agriculture')
    const agri = assocAll.filter((o) => !nonAgri.includes(o))
    const regOrgs = take([...agri.slice(0, 1), ...nonAgri], plan.regional.length)
    const made: StoredApplication[] = []
    entOrgs.forEach((org, i) => {
      const [status, ip] = plan.enterprise[i]
      const stationId = org.stationId && prng.chance(0.8) ? org.stationId : undefined
      made.push(
        make(
          'enterprise',
          appYear,
          { org },
          status,
          { ...enterpriseForm(prng, org, firstMark(org.id), ip, stationId) },
          { endDaysAgo: prng.int(1, 10), batch },
        ),
      )
    })
    regOrgs.forEach((org, i) => {
      const status = plan.regional[i]
      const brand = brands.find((b) => b.associationId === org.id)
      const tm = brand ? trademarks.find((t) => t.id === brand.trademarkId) : firstMark(org.id)
      made.push(
        make(
          'regional',
          appYear,
          { org },
          status,
          { ...regionalForm(prng, org, brand, tm, org.stationId) },
          { endDaysAgo: prng.int(1, 10), batch },
        ),
      )
    })
    // stations named by these applicants (both sides name each other → confirmed links)
    const byStation = new Map<string, StoredApplication[]>()
    for (const a of made) {
      const sid = (a.form as Record<string, unknown>).stationId
      if (typeof sid === 'string' && sid !== demoStaff?.stationId) byStation.set(sid, [...(byStation.get(sid) ?? []), a])
    }
    const stationIds = [...byStation.keys()].slice(0, plan.station.length)
    stationIds.forEach((sid, i) => {
      const st = stationById.get(sid)
      if (!st) return
      const served = byStation.get(sid)!
      const ent = served.filter((a) => a.track === 'enterprise').map((a) => a.orgId!)
      const reg = served.filter((a) => a.track === 'regional').map((a) => a.orgId!)
      make(
        'station',
        appYear,
        { station: st },
        plan.station[i],
        { ...stationForm(prng, st, ent, reg) },
        { endDaysAgo: prng.int(1, 10), batch },
      )
    })
  }

  const D: IpEnterpriseStatus = 'demonstration'
  const A: IpEnterpriseStatus = 'advantage'
  const N: IpEnterpriseStatus = 'none'

  // 福建省 — the demo province
  seedProvince('350000', {
    enterprise: [
      ['recommended', D],
      ['recommended', A],
      ['recommended', D],
      ['recommended', N],
      ['recommended', A],
      ['recommended', D],
      ['recommended', A],
      ['national_review', D],
      ['national_review', N],
      ['recommended', A],
      ['submitted', D],
      ['submitted', A],
      ['submitted', N],
      ['submitted', D],
      ['submitted', A],
      ['resubmitted', D],
      ['returned', A],
      ['draft', D],
    ],
    regional: ['recommended', 'recommended', 'recommended', 'national_review', 'submitted', 'submitted', 'returned'],
    station: ['recommended', 'recommended', 'recommended', 'submitted', 'submitted'],
  })
  // other provinces: the national pipeline at work this year
  const others: Array<[string, number]> = [
    ['110000', 1],
    ['320000', 2],
    ['330000', 2],
    ['440000', 2],
    ['370000', 1],
    ['510000', 1],
    ['650000', 1],
    ['540000', 1],
  ]
  for (const [code, scale] of others) {
    seedProvince(code, {
      enterprise: (
        [
          ['public_notice', D],
          ['public_notice', A],
          ['national_review', D],
          ['recommended', A],
          ['recommended', N],
          ['submitted', D],
          ['returned', A],
        ] as Array<[ApplicationStatus, IpEnterpriseStatus]>
      )
        .concat(
          scale > 1
            ? ([
                ['recommended', D],
                ['submitted', A],
                ['public_notice', D],
              ] as Array<[ApplicationStatus, IpEnterpriseStatus]>)
            : [],
        )
        .slice(0, code === '540000' ? 2 : undefined),
      regional: (['public_notice', 'recommended', 'submitted'] as ApplicationStatus[]).slice(0, code === '540000' ? 1 : 3),
      station: ['public_notice', 'recommended'].slice(0, code === '540000' ? 1 : 2) as ApplicationStatus[],
    })
  }
  // last year's official list (batch 1): confirmed and not selected
  for (const code of ['350000', '110000', '320000', '330000', '440000', '370000']) {
    seedProvince(
      code,
      {
        enterprise: [
          ['confirmed', D],
          ['confirmed', A],
          ['confirmed', D],
          ['not_selected', A],
        ],
        regional: ['confirmed', 'confirmed'],
        station: ['confirmed'],
      },
      year - 1,
    )
  }

  // demo association: a draft in progress naming the demo station; the demo station's submitted application
  // names it back (confirmed) and the demo enterprise (pending: the enterprise has no application yet)
  const demoStation = demoStaff?.stationId ? stationById.get(demoStaff.stationId) : undefined
  if (demoAssociation) {
    const brand = brands.find((b) => b.associationId === demoAssociation.id)
    const tm = brand ? trademarks.find((t) => t.id === brand.trademarkId) : undefined
    const full = regionalForm(rng.fork('demo-association'), demoAssociation, brand, tm, demoStation?.id)
    const draft: Partial<RegionalForm> = { ...full }
    // still to fill in: the year's figures and the opinions
    for (const k of [
      'promotionInvestment',
      'employees',
      'avgIncome',
      'incomeGrowth',
      'rdInvestment',
      'patentCount',
      'envInvestment',
      'govInvestment',
      'opinion',
      'governmentOpinion',
      'declaration',
    ] as const) {
      delete draft[k]
    }
    draft.pilotStatus = 'city'
    make('regional', year, { org: demoAssociation }, 'draft', draft as Record<string, unknown>, { endDaysAgo: 2 })
  }
  if (demoStation) {
    const ent = demoEnterprise ? [demoEnterprise.id] : []
    const reg = demoAssociation ? [demoAssociation.id] : []
    make(
      'station',
      year,
      { station: demoStation },
      'submitted',
      { ...stationForm(rng.fork('demo-station'), demoStation, ent, reg) },
      { endDaysAgo: 1 },
    )
  }

  // derived parts as of seeding (recomputed on every read anyway)
  const links: LinkApp[] = applications.map((a) => ({
    id: a.id,
    track: a.track,
    year: a.year,
    orgId: a.orgId,
    stationId: a.stationId,
    status: a.status,
    form: a.form as Record<string, unknown>,
  }))
  for (const a of applications) {
    const self = links.find((l) => l.id === a.id)!
    a.stationConfirmations = stationConfirmations(self, links, names)
    a.eligibility = evaluateEligibility(a.track, a.form, { provinceCode: a.provinceCode, confirmations: a.stationConfirmations })
  }
  // a returned application in the demo province gets its notice
  const notices: Notice[] = []
  for (const a of applications.filter((x) => x.status === 'returned' && x.provinceCode === '350000')) {
    for (const u of users.filter((x) => x.orgId === a.orgId)) {
      notices.push({
        id: s.id('NT'),
        userId: u.id,
        title: '申报状态更新：退回修改',
        body: `${a.year} 年度申报「${a.brandName}」被退回修改。原因：${a.lastReason ?? ''}`,
        link: `/pkg-apply/pages/status/index?id=${a.id}`,
        createdAt: a.updatedAt,
        read: false,
      })
    }
  }
  store.applications.insertMany(applications)
  store.batches.insertMany(batches)
  store.notices.insertMany(notices)
}
