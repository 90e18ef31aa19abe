// Seed step: every association's member register (用标名册) with dated use evidence, and the holder's own
// evidence. Built through the domain's own state machine (addMember / changeMember / addEvidence), so the
// seeded history obeys exactly the rules a person's changes do (dates in order, reasons, licences).
// The demo association (福州市脱胎漆器行业协会) gets a realistic register: 86 members on the register today
// (71 SMEs), a few suspended, some withdrawn, changes spread over the last four years; the others get a
// smaller register (at most 40 entries) and their brand's member / SME counts are set from it, so the home
// page, the register and the evaluation read the same numbers.
import { addCalendarDays, addCalendarYears } from '../../src/domain/calendar'
import {
  addEvidence,
  addMember,
  changeMember,
  memberCountsOn,
  type EvidenceKind,
  type Member,
  type MemberContext,
} from '../../src/domain/members'
import type { Actor } from '../../src/domain/outcome'
import type { StoredMarkEvidence } from '../store'
import type { SeedCtx, SeedStep } from './context'
import type { Rng } from './rng'
import { makeUscc, PRODUCTS } from './vocab'

const DEMO_PRODUCTS = ['脱胎漆器花瓶', '漆画', '漆器茶具', '漆盘', '首饰盒', '漆器摆件', '漆器餐具', '屏风']
const DEMO_WORDS = [
  '闽漆坊',
  '榕漆',
  '三山漆艺',
  '漆韵',
  '乌山',
  '闽都漆',
  '坊巷',
  '漆语',
  '髹饰',
  '漆之源',
  '鼓岭',
  '金漆',
  '福漆堂',
  '漆光',
  '榕城',
  '螺洲',
  '闽江',
  '于山',
  '屏山',
  '西湖',
  '南后街',
  '三坊',
  '朱紫',
  '烟台山',
  '仓山',
  '马尾',
  '琅岐',
  '长乐',
  '连江',
  '闽清',
]
const DEMO_TAILS = ['工艺品有限公司', '漆艺有限公司', '漆器厂', '文化创意有限公司', '工艺美术有限公司', '漆器专业合作社']
const OTHER_WORDS = ['鑫', '源', '华', '盛', '恒', '丰', '泰', '宏', '福', '嘉', '瑞', '兴', '德', '昌', '隆', '祥']
const PRODUCT_TAILS = ['', '礼盒', '制品', '工艺品', '系列']

const ADD_REASONS = [
  '入会申请经理事会审议通过，签订《证明商标使用许可合同》',
  '经现场核查符合《使用管理规则》，准予使用',
  '会员大会表决通过，授权使用',
]
const SUSPEND_REASONS = [
  '抽检发现产品工艺不符合《使用管理规则》的质量要求，责令整改',
  '未按期提交年度用标情况报告',
  '包装标识使用不规范（商标图样变形），整改期间暂停使用',
]
const REINSTATE_REASONS = ['整改完成，复查合格', '已补交年度用标情况报告', '标识已按规范更换，复核通过']
const WITHDRAW_REASONS = ['企业注销', '整改期满仍不合格，理事会决定撤销许可', '会员申请退出', '超出许可范围在其他商品上使用，撤销许可']
const RENEW_REASONS = ['许可期满前提出续期申请，年度考核合格', '续签使用许可合同']
const EVIDENCE: [EvidenceKind, (p: string) => string][] = [
  ['product_photo', (p) => `标注“福州脱胎漆器”证明商标的${p}实物照片`],
  ['invoice', (p) => `${p}销售发票（含商标标识的商品名称）`],
  ['contract', (p) => `${p}购销合同，约定使用证明商标`],
  ['advert', (p) => `展会宣传册及展位照片，展示${p}`],
]

/** The association's own use: brand promotion, fairs, certification publicity. */
const HOLDER_EVIDENCE: [EvidenceKind, string][] = [
  ['advert', '中国（福州）国际漆艺双年展“福州脱胎漆器”区域品牌展区照片'],
  ['advert', '海峡两岸文博会“福州脱胎漆器”品牌推介会宣传册'],
  ['other', '“福州脱胎漆器”证明商标防伪标识发放登记表'],
  ['advert', '央视《国家品牌计划》区域品牌宣传片播出截图'],
  ['other', '会员用标情况年度检查通报'],
  ['contract', '与电商平台签订的“福州脱胎漆器”品牌专区合作协议'],
]

interface Plan {
  sme: boolean
  /** final status wanted */
  end: 'active' | 'suspended' | 'withdrawn' | 'reinstated'
}

function demoPlans(): Plan[] {
  // 86 on the register today (80 active incl. 6 reinstated, 6 suspended), 71 of them SMEs; 7 withdrawn
  const plans: Plan[] = []
  for (let i = 0; i < 86; i++) plans.push({ sme: i % 6 !== 0, end: i < 6 ? 'suspended' : i < 12 ? 'reinstated' : 'active' })
  // i % 6 === 0 for i in 0..85 → 15 non-SMEs → 71 SMEs
  for (let i = 0; i < 7; i++) plans.push({ sme: i % 2 === 0, end: 'withdrawn' })
  return plans
}

function otherPlans(rng: Rng, size: number): Plan[] {
  return Array.from({ length: size }, () => {
    const r = rng.next()
    return { sme: rng.chance(0.75), end: r < 0.08 ? 'withdrawn' : r < 0.14 ? 'suspended' : r < 0.2 ? 'reinstated' : 'active' }
  })
}

const between = (rng: Rng, from: string, to: string) => {
  const a = Date.parse(`${from}T00:00:00Z`)
  const b = Date.parse(`${to}T00:00:00Z`)
  if (b <= a) return from
  return addCalendarDays(from, Math.floor((rng.next() * (b - a)) / 86400_000))
}

function must<T>(r: { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string> }): T {
  if (!r.ok) throw new Error(`seed members: ${r.message} ${JSON.stringify(r.fieldErrors ?? {})}`)
  return r.value
}

function buildRegister(
  s: SeedCtx,
  rng: Rng,
  opts: { associationId: string; trademarkId: string; userId: string; demo: boolean; product: string; area: string; plans: Plan[] },
): Member[] {
  const { today, now } = s
  const ctx: MemberContext = { today, now }
  const actor: Actor = { id: opts.userId, role: 'association', orgId: opts.associationId }
  const first = `${Number(today.slice(0, 4)) - 3}-01-01`
  const register: Member[] = []
  const names = new Set<string>()
  const products = opts.demo ? DEMO_PRODUCTS : PRODUCT_TAILS.map((t) => `${opts.product}${t}`)
  for (const plan of opts.plans) {
    let name = ''
    for (let attempt = 0; !name || names.has(name); attempt++) {
      const tails = opts.demo ? DEMO_TAILS : ['有限公司', '厂', '专业合作社', '工贸有限公司']
      const word = opts.demo ? rng.pick(DEMO_WORDS) : `${rng.pick(OTHER_WORDS)}${rng.pick(OTHER_WORDS)}`
      // after many draws (a crowded register) a second word keeps names unique and readable
      const extra = attempt > 20 ? rng.pick(OTHER_WORDS) : ''
      name = opts.demo ? `福州${word}${extra}${rng.pick(tails)}` : `${word}${extra}${opts.product}${rng.pick(tails)}`
    }
    names.add(name)
    const coop = name.endsWith('合作社')
    const addedOn = between(rng, first, addCalendarDays(today, plan.end === 'active' ? -20 : -240))
    const goods = Array.from(new Set([rng.pick(products), rng.pick(products)])).slice(0, rng.int(1, 2))
    let m = must(
      addMember(
        actor,
        {
          uscc: makeUscc(rng, coop ? '93' : '91', opts.area),
          name,
          sme: plan.sme,
          products: goods,
          licence: { start: addedOn, end: addCalendarDays(addCalendarYears(addedOn, 3), -1) },
          on: addedOn,
          reason: rng.pick(ADD_REASONS),
        },
        {
          today,
          now: new Date(`${addedOn}T02:00:00.000Z`),
          id: s.id('MB'),
          associationId: opts.associationId,
          trademarkId: opts.trademarkId,
          register,
        },
      ),
    )
    const change = (action: 'suspend' | 'reinstate' | 'withdraw' | 'renew', day: string, reason: string, licenceEnd?: string) => {
      // never after today, never before the previous change
      const prev = m.history[m.history.length - 1].on
      const on = day > today ? today : day < prev ? prev : day
      // recorded on the day it took effect (10:00 Beijing)
      const at = { today, now: new Date(`${on}T02:00:00.000Z`) }
      m = must(changeMember(m, action, actor, { on, reason, ...(licenceEnd ? { licenceEnd } : {}) }, at))
    }
    const evidenceOn = (from: string, to: string, n: number) => {
      for (let k = 0; k < n; k++) {
        const [kind, text] = rng.pick(EVIDENCE)
        const p = rng.pick(m.products)
        const evId = s.id('EV')
        const description = opts.demo ? text(p) : text(p).replace('福州脱胎漆器', '区域品牌')
        m = must(
          addEvidence(
            m,
            actor,
            { on: between(rng, from, to), kind, description, fileIds: [`seed-${evId}-1`], products: [p] },
            { ...ctx, id: evId },
          ),
        )
      }
    }
    // renew while the licence would run out before today (a member on the register keeps a running licence)
    let cursor = addedOn
    while (m.licence.end < addCalendarDays(today, 30) && plan.end !== 'withdrawn') {
      const on = addCalendarDays(m.licence.end, -rng.int(10, 40))
      if (on > today) break
      evidenceOn(cursor, on, rng.int(1, 2))
      change('renew', on, rng.pick(RENEW_REASONS), addCalendarYears(m.licence.end, 3))
      cursor = on
    }
    const last = (): string => m.history[m.history.length - 1].on
    if (plan.end === 'active') evidenceOn(cursor, today, rng.int(1, 3))
    if (plan.end === 'suspended' || plan.end === 'reinstated') {
      evidenceOn(cursor, addCalendarDays(today, -120), rng.int(1, 2))
      change('suspend', between(rng, addCalendarDays(last(), 1), addCalendarDays(today, -100)), rng.pick(SUSPEND_REASONS))
      if (plan.end === 'reinstated') {
        change('reinstate', between(rng, addCalendarDays(last(), 20), addCalendarDays(today, -10)), rng.pick(REINSTATE_REASONS))
        evidenceOn(last(), today, 1)
      }
    }
    if (plan.end === 'withdrawn') {
      evidenceOn(cursor, addCalendarDays(today, -200), 1)
      if (rng.chance(0.5))
        change('suspend', between(rng, addCalendarDays(last(), 1), addCalendarDays(today, -150)), rng.pick(SUSPEND_REASONS))
      change('withdraw', between(rng, addCalendarDays(last(), 1), addCalendarDays(today, -5)), rng.pick(WITHDRAW_REASONS))
    }
    m.evidence.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    register.push(m)
  }
  return register
}

export const seedMembers: SeedStep = (s) => {
  const rng = s.rng.fork('members')
  const userOf = new Map(s.users.filter((u) => u.role === 'association' && u.orgId).map((u) => [u.orgId!, u.id]))
  const orgById = new Map(s.orgs.map((o) => [o.id, o]))
  const all: Member[] = []
  for (const brand of s.regionalBrands) {
    const org = orgById.get(brand.associationId)
    if (!org) continue
    const demo = org.id === s.demo.association?.id
    const product = PRODUCTS.find((p) => brand.name.endsWith(p.word))?.word ?? brand.name.slice(-2)
    const brng = rng.fork(brand.id)
    const register = buildRegister(s, brng, {
      associationId: org.id,
      trademarkId: brand.trademarkId,
      userId: userOf.get(org.id) ?? 'seed',
      demo,
      product,
      area: org.countyCode,
      plans: demo ? demoPlans() : otherPlans(brng, Math.min(brand.memberCount, brng.int(12, 40))),
    })
    all.push(...register)
    const c = memberCountsOn(register, s.today)
    if (brand.memberCount !== c.members || brand.smeCount !== c.sme) {
      brand.memberCount = c.members
      brand.smeCount = c.sme
      s.store.regionalBrands.save(brand)
    }
    if (demo) {
      const holder: StoredMarkEvidence[] = HOLDER_EVIDENCE.map(([kind, description], i) => {
        const evId = s.id('EV')
        return {
          id: evId,
          on: addCalendarDays(s.today, -(60 + i * 190 + brng.int(0, 40))),
          kind,
          description,
          fileIds: [`seed-${evId}-1`],
          associationId: org.id,
          trademarkId: brand.trademarkId,
          at: s.nowIso,
          by: userOf.get(org.id) ?? 'seed',
        }
      })
      s.store.markEvidence.insertMany(holder)
    }
  }
  s.store.members.insertMany(all)
}
