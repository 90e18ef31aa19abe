// Seed step: trademark risk alerts — the demo organisations' worked examples (近似公告 with opposition
// deadlines, renewal, non-use risk, squatting), then a sprinkling for other organisations' marks.
import type { StoredAlert } from '../store'
import type { SeedStep } from './context'
import { addDays, oppositionEnd, parseYmd } from './vocab'

export const seedAlerts: SeedStep = (s) => {
  const arng = s.rng.fork('world').fork('alerts')
  const { id, now, today, trademarks } = s
  const demoEnterprise = s.demo.enterprise!
  const demoAssociation = s.demo.association!
  const { renewalDue, englishMark, dormant, brandMark: demoBrandMark } = s.demo.marks!
  const alerts: StoredAlert[] = []
  const alert = (a: Omit<StoredAlert, 'id' | 'status' | 'createdAt'>, createdDaysAgo: number, read = false) => {
    const createdAt = new Date(now.getTime() - createdDaysAgo * 86400_000).toISOString()
    alerts.push({ id: id('AL'), status: 'open', createdAt, ...(read ? { readAt: createdAt } : {}), ...a })
  }
  const pub1 = addDays(today, -82)
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: renewalDue.id,
      kind: 'similar_published',
      title: `近似商标「闽江圆」初步审定公告（第30类），异议期 ${oppositionEnd(pub1)} 截止`,
      deadline: oppositionEnd(pub1),
      detail: `公告日期 ${pub1}，与「闽江源」（第29、30类）构成近似风险；可在公告之日起3个月内提出异议（商标法第33条）。`,
    },
    80,
  )
  const pub2 = addDays(today, -24)
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: englishMark.id,
      kind: 'similar_published',
      title: `近似商标「MINJIANG YUAN」初步审定公告（第32类），异议期 ${oppositionEnd(pub2)} 截止`,
      deadline: oppositionEnd(pub2),
      detail: `公告日期 ${pub2}；可在公告之日起3个月内提出异议（商标法第33条）。`,
    },
    22,
  )
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: renewalDue.id,
      kind: 'renewal_due',
      title: `「闽江源」（第29、30类）将于 ${renewalDue.validUntil} 到期，请办理续展`,
      deadline: renewalDue.validUntil,
      detail: '期满前12个月内可申请续展；期满后有6个月宽展期（商标法第40条）。',
    },
    30,
    true,
  )
  alert(
    {
      orgId: demoEnterprise.id,
      trademarkId: dormant.id,
      kind: 'nonuse_risk',
      title: '「江源小厨」（第43类）注册已满3年，请留存使用证据以防“撤三”',
      detail: '注册满3年后无正当理由连续3年不使用的，任何单位或个人可申请撤销（商标法第49条）。',
    },
    12,
  )
  const pub3 = addDays(today, -40)
  alert(
    {
      orgId: demoAssociation.id,
      trademarkId: demoBrandMark.id,
      kind: 'squatting',
      title: `疑似抢注：「福州脱胎」在第35类初步审定公告，异议期 ${oppositionEnd(pub3)} 截止`,
      deadline: oppositionEnd(pub3),
      detail: `公告日期 ${pub3}；可依商标法第33条提出异议。`,
    },
    38,
  )
  // other organisations: a sprinkling of open alerts
  for (const tm of trademarks) {
    if (tm.ownerOrgId === demoEnterprise.id || tm.ownerOrgId === demoAssociation.id) continue
    const daysToEnd = (parseYmd(tm.validUntil).getTime() - parseYmd(today).getTime()) / 86400_000
    if (daysToEnd <= 365) {
      alert(
        {
          orgId: tm.ownerOrgId,
          trademarkId: tm.id,
          kind: 'renewal_due',
          title: `「${tm.name}」将于 ${tm.validUntil} 到期，请办理续展`,
          deadline: tm.validUntil,
        },
        arng.int(1, 60),
        arng.chance(0.3),
      )
    } else if (arng.chance(0.06)) {
      const pub = addDays(today, -arng.int(5, 85))
      alert(
        {
          orgId: tm.ownerOrgId,
          trademarkId: tm.id,
          kind: 'similar_published',
          title: `近似商标初步审定公告（第${tm.classes[0]}类），异议期 ${oppositionEnd(pub)} 截止`,
          deadline: oppositionEnd(pub),
        },
        arng.int(1, 5),
        arng.chance(0.3),
      )
    }
  }
  s.store.alerts.insertMany(alerts)
}
