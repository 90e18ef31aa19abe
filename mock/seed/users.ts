// Seed step: users — the five demo accounts (fixed ids US000001–5, reserved before any other id), one account
// per organisation contact, staff for every Fujian station (the demo province), a reviewer per other province
// and a national reviewer.
import type { StoredUser } from '../store'
import type { Rng } from './rng'
import type { SeedStep } from './context'
import { DEMO_PHONES, DEMO_USER_IDS } from './demo'
import { personName } from './vocab'

function mobileFrom(rng: Rng, used: Set<string>): string {
  for (;;) {
    const m = `1${rng.pick(['33', '53', '77', '80', '81', '89', '99'])}${rng.chars('0123456789', 8)}`
    if (!used.has(m)) {
      used.add(m)
      return m
    }
  }
}

/** The demo users' ids come first in the US counter: call before any other step hands out ids. */
export const reserveDemoUserIds: SeedStep = (s) => {
  for (const _r of Object.keys(DEMO_USER_IDS)) s.id('US')
}

export const seedUsers: SeedStep = (s) => {
  const urng = s.rng.fork('world').fork('users')
  const { id, nowIso, orgs, stations, provinces, users, usedMobiles } = s
  const demoStation = s.demo.station!
  const demoEnterprise = s.demo.enterprise!
  const demoAssociation = s.demo.association!
  const user = (u: Omit<StoredUser, 'createdAt' | 'id'>, fixedId?: string): StoredUser => {
    const rec: StoredUser = { id: fixedId ?? id('US'), ...u, createdAt: nowIso }
    users.push(rec)
    return rec
  }
  user({ phone: DEMO_PHONES.enterprise, name: '陈志远', role: 'enterprise', orgId: demoEnterprise.id }, DEMO_USER_IDS.enterprise)
  user({ phone: DEMO_PHONES.association, name: '黄丽华', role: 'association', orgId: demoAssociation.id }, DEMO_USER_IDS.association)
  user({ phone: DEMO_PHONES.staff, name: '王晓明', role: 'staff', stationId: demoStation.id }, DEMO_USER_IDS.staff)
  user({ phone: DEMO_PHONES.province, name: '林建国', role: 'province', provinceCode: '350000' }, DEMO_USER_IDS.province)
  user({ phone: DEMO_PHONES.national, name: '张海波', role: 'national' }, DEMO_USER_IDS.national)
  for (const org of orgs) {
    if (org === demoEnterprise || org === demoAssociation) continue
    user({ phone: org.contactPhone, name: org.contactName, role: org.kind, orgId: org.id })
  }
  // staff for every Fujian station (the demo province), a reviewer for every other province
  for (const st of stations) {
    if (st.provinceCode !== '350000' || st === demoStation) continue
    user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'staff', stationId: st.id })
  }
  for (const p of provinces) {
    if (p.code === '350000') continue
    user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'province', provinceCode: p.code })
  }
  user({ phone: mobileFrom(urng, usedMobiles), name: personName(urng), role: 'national' })

  s.store.users.insertMany(users)
}
