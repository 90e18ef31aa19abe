// Loading the applicant's form: the server first (year, status, form), then the device's draft — which wins
// while it has unsynced changes — and the prefill of a new form. The decisions are in domain/forms/resume.ts.
import { useEffect, useRef, useState } from 'react'
import { getHome, getMyApplications } from '@/api'
import type { Application, ApplicationTrack, User } from '@/domain/contract'
import { programmeYear } from '@/domain/application'
import { formDef } from '@/domain/forms/defs'
import { fillEmpty, pickApplication, planResume, prefillValues, resumeYear, type HomeFacts } from '@/domain/forms/resume'
import { draftKey, isDirty, useApplicationStore } from '../store'

export type Phase = 'loading' | 'ready' | 'submitted' | 'unsupported' | 'signed-out'

export interface DraftLoad {
  phase: Phase
  year: number
  /** the store key of the draft being edited (set once ready) */
  key?: string
  application?: Application
  locked?: Application
  /** the year came from the server (send it); otherwise let the server pick the open year */
  yearKnown: { current: boolean }
  setApplication: (a: Application) => void
  /** the server saved the draft under another year: edit that one from now on */
  moveTo: (year: number, key: string) => void
}

export function useDraftLoad(user: User | undefined, track: ApplicationTrack | undefined, id?: string): DraftLoad {
  const [phase, setPhase] = useState<Phase>(user ? (track ? 'loading' : 'unsupported') : 'signed-out')
  const [year, setYear] = useState(() => programmeYear(new Date()))
  const [key, setKey] = useState<string>()
  const [application, setApplication] = useState<Application>()
  const [locked, setLocked] = useState<Application>()
  const yearKnown = useRef(false)

  useEffect(() => {
    if (!user || !track) return
    let cancelled = false
    const store = useApplicationStore.getState
    ;(async () => {
      const userTrack = `${user.id}:${track}`
      const st = store()
      const res = await getMyApplications()
      if (cancelled) return
      const target = res.ok ? pickApplication(res.data, track, id) : undefined
      if (!res.ok) store().setSaveState('offline', res.error.message)
      const y = resumeYear({ target, serverReached: res.ok, lastYear: st.lastYear[userTrack], clockYear: programmeYear(new Date()) })
      const k = draftKey(user.id, track, y)
      const local = st.drafts[k]
      const plan = planResume({
        track,
        year: y,
        target,
        serverReached: res.ok,
        local: local && { values: local.values, status: local.status, applicationId: local.applicationId, dirty: isDirty(local) },
      })
      if (plan.kind === 'locked') {
        setYear(y)
        setLocked(plan.locked)
        if (plan.application) setApplication(plan.application)
        setPhase('submitted')
        return
      }
      const { draft } = plan
      if (draft.kind === 'create') store().ensure(k, () => draft.init)
      else if (draft.kind !== 'keep') store().patch(k, draft.patch)
      if (plan.application) setApplication(plan.application)
      // prefill only a new form: what the user cleared later stays cleared
      if (plan.fresh) {
        let home: HomeFacts | undefined
        if (res.ok) {
          const h = await getHome()
          if (cancelled) return
          if (h.ok) home = h.data as HomeFacts
        }
        const prefill = prefillValues(track, { user, remembered: st.remembered[user.id], home })
        const fill = fillEmpty(formDef(track, y), store().drafts[k]?.values, prefill)
        if (Object.keys(fill).length) store().patch(k, { values: { ...store().drafts[k].values, ...fill } })
      }
      store().noteYear(userTrack, y)
      yearKnown.current = !!target
      setYear(y)
      setKey(k)
      setPhase('ready')
    })()
    return () => {
      cancelled = true
    }
    // the signed-in user object is replaced on every session refresh; its id is what matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id, track, id])

  const moveTo = (y: number, k: string) => {
    setYear(y)
    setKey(k)
  }
  return { phase, year, key, application, locked, yearKnown, setApplication, moveTo }
}
