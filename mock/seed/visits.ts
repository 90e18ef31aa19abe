// Seed step for service visits (服务记录): past visits of every station over the last three Beijing years, so the
// station figures and the evaluation have something to count.
// - an ordinary station: 0–4 visits a year (walk-ins, or its linked organisations when it has any);
// - the demo station: 60–80 a year from its linked clients and walk-ins, about a third with an advice note,
//   a third with a follow-up (past ones done, some late; a few of the last month still open), plus follow-ups due this week and
//   overdue ones so the staff home shows them; the demo enterprise has visits with advice notes to read.
// Dates are never after yesterday; the current year is filled only up to today.
import type { ServiceTopic } from '../../src/domain/contract'
import { addCalendarDays, diffDays } from '../../src/domain/calendar'
import { lastThreeYears, type VisitMode } from '../../src/domain/visits'
import type { StoredVisit } from '../store'
import type { SeedStep } from './context'
import { DEMO_USER_IDS } from './demo'
import type { Rng } from './rng'
import { personName } from './vocab'

const ASKED: Record<ServiceTopic, string[]> = {
  registration: ['新产品上市前想先注册商标，应选哪些类别？', '商标申请被驳回，能否复审？', '想把企业字号注册为商标，需要准备什么材料？'],
  overseas: ['产品要出口东南亚，商标如何通过马德里体系布局？', '海外经销商抢注了我们的商标怎么办？'],
  enforcement: ['电商平台上出现仿冒我方商标的商品，如何投诉维权？', '收到他人的商标侵权警告函，应如何应对？'],
  finance: ['想用商标专用权办理质押贷款，评估和登记流程是怎样的？', '准备许可加盟商使用商标，许可合同要注意什么？'],
  branding: ['想打造区域公用品牌，品牌定位和视觉设计从哪入手？', '老字号品牌如何年轻化推广？'],
  risk: ['收到商标即将到期的提醒，续展需要哪些手续？', '商标注册满三年未使用，会不会被撤销？'],
  application: ['想申报“千企百城”项目，需要满足哪些条件？', '申报材料中的品牌价值数据怎么填写？'],
}
const ADVISED: Record<ServiceTopic, string[]> = {
  registration: ['建议在核心类别及关联类别同步申请，并做好近似商标检索。', '建议整理驳回理由并在法定期限内提交复审申请。'],
  overseas: ['建议优先通过马德里体系指定目标国家，并对重点市场单独提交申请。', '建议收集在先使用证据，委托当地代理机构提出异议或无效。'],
  enforcement: ['建议固定侵权证据后向平台知识产权保护通道投诉，必要时申请行政查处。', '建议核实对方权利基础，必要时委托律师回函。'],
  finance: ['建议先做商标价值评估，再对接合作银行办理质押登记。', '建议在许可合同中明确使用范围、质量控制和备案义务。'],
  branding: ['建议梳理品牌核心价值，统一标识使用规范，并制定年度推广计划。', '建议结合非遗元素和新媒体渠道开展品牌推广。'],
  risk: ['建议在到期前 12 个月内办理续展，逾期可在 6 个月宽展期内补办。', '建议保存商品包装、销售发票等使用证据，以应对撤三申请。'],
  application: ['建议对照申报条件逐项自查，并提前准备近三年的经营数据。', '建议按附件口径填报，并由财务部门复核数据。'],
}
const OUTCOMES = [
  '已解答，企业将按建议办理',
  '已提供书面材料清单',
  '已协助完成网上申请',
  '需进一步补充材料后再次咨询',
  '已转介专业代理机构跟进',
]
const NOTE_TITLES = ['商标布局与保护建议', '商标风险排查与应对建议', '品牌建设与推广建议', '商标质押融资办理建议']

const atBeijing = (day: string, hh: number, mm = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + ((hh - 8) * 60 + mm) * 60000).toISOString()

function pickMode(rng: Rng): VisitMode {
  const r = rng.next()
  return r < 0.55 ? 'onsite' : r < 0.8 ? 'visit' : 'online'
}

export const seedVisits: SeedStep = (s) => {
  const rng = s.rng.fork('visits')
  const today = s.today
  const yesterday = addCalendarDays(today, -1)
  const years = lastThreeYears(s.now)
  const orgsById = new Map(s.orgs.map((o) => [o.id, o]))
  const staffByStation = new Map<string, string>()
  for (const u of s.users) if (u.role === 'staff' && u.stationId && !staffByStation.has(u.stationId)) staffByStation.set(u.stationId, u.id)
  const demoStationId = s.users.find((u) => u.id === DEMO_USER_IDS.staff)?.stationId
  const out: StoredVisit[] = []

  const dayIn = (year: number) => {
    const first = `${year}-01-01`
    const last = year === years[2] ? yesterday : `${year}-12-31`
    return addCalendarDays(first, rng.int(0, Math.max(0, diffDays(first, last))))
  }

  for (const st of s.stations) {
    const demo = st.id === demoStationId
    const staffId = demo ? DEMO_USER_IDS.staff : (staffByStation.get(st.id) ?? '')
    const linked = st.servedOrgIds.filter((id) => orgsById.has(id))
    for (const year of years) {
      const n = demo ? rng.int(60, 80) : rng.int(0, 4)
      for (let i = 0; i < n; i++) {
        const date = dayIn(year)
        if (date > yesterday) continue
        const topics = rng.sample(st.topics, rng.chance(0.25) ? 2 : 1)
        const useOrg = linked.length > 0 && rng.chance(demo ? 0.7 : 0.5)
        const orgId = useOrg ? rng.pick(linked) : undefined
        const client: StoredVisit['client'] = orgId
          ? { kind: 'org', orgId }
          : { kind: 'walk_in', name: personName(rng), phone: `13${rng.int(5, 9)}${rng.chars('0123456789', 8)}` }
        const v: StoredVisit = {
          id: s.id('VS'),
          stationId: st.id,
          staffId,
          date,
          client,
          mode: pickMode(rng),
          topics,
          asked: rng.pick(ASKED[topics[0]]),
          advised: rng.pick(ADVISED[topics[0]]),
          outcome: rng.pick(OUTCOMES),
          photos: [],
          createdAt: atBeijing(date, 17, rng.int(0, 50)),
          ...(orgId ? { clientOrgId: orgId } : {}),
        }
        if (orgId && rng.chance(demo ? 0.35 : 0.2)) {
          v.adviceNote = { title: rng.pick(NOTE_TITLES), body: `${v.advised}\n\n请于一个月内反馈办理进展，指导站将持续跟进。` }
        }
        if (rng.chance(demo ? 0.35 : 0.2)) {
          v.followUpOn = addCalendarDays(date, rng.int(7, 30))
          // past follow-ups were done; of the last month's, about one in seven is still open (overdue)
          const recent = v.followUpOn >= addCalendarDays(today, -30)
          if (v.followUpOn < today && (!recent || rng.chance(0.85))) {
            // most past follow-ups were done, about one in five of them late
            const doneDay = rng.chance(0.8) ? addCalendarDays(v.followUpOn, -rng.int(0, 3)) : addCalendarDays(v.followUpOn, rng.int(1, 6))
            const day = doneDay < date ? date : doneDay > yesterday ? yesterday : doneDay
            v.followUpDoneAt = atBeijing(day, 10, rng.int(0, 59))
          }
        }
        out.push(v)
      }
    }
  }

  // the demo station's open follow-ups: two overdue, three due this week (the staff home lists them)
  const demoStation = s.stations.find((st) => st.id === demoStationId)
  if (demoStation && demoStation.servedOrgIds.length) {
    const clients = demoStation.servedOrgIds.filter((id) => orgsById.has(id))
    const demoOrg = s.demo.enterprise?.id
    const plan: [visitDaysAgo: number, followUpInDays: number, orgId: string | undefined][] = [
      [20, -3, clients[2]],
      [16, -1, clients[3]],
      [9, 0, demoOrg],
      [6, 2, clients[4]],
      [3, 5, clients[5]],
    ]
    plan.forEach(([ago, inDays, orgId], i) => {
      const id = orgId ?? clients[i % clients.length]
      const topic = demoStation.topics[i % demoStation.topics.length]
      const date = addCalendarDays(today, -ago)
      out.push({
        id: s.id('VS'),
        stationId: demoStation.id,
        staffId: DEMO_USER_IDS.staff,
        date,
        client: { kind: 'org', orgId: id },
        clientOrgId: id,
        mode: i % 2 ? 'visit' : 'onsite',
        topics: [topic],
        asked: ASKED[topic][0],
        advised: ADVISED[topic][0],
        outcome: OUTCOMES[i % OUTCOMES.length],
        followUpOn: addCalendarDays(today, inDays),
        photos: [],
        createdAt: atBeijing(date, 16, 30),
        ...(id === demoOrg ? { adviceNote: { title: '商标续展与使用证据留存建议', body: `${ADVISED.risk[0]}\n${ADVISED.risk[1]}` } } : {}),
      })
    })
  }
  s.store.visits.insertMany(out)
}
