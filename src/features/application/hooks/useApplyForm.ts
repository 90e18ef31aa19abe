// The applicant's form: which form (track by role, programme year), the draft (local first, then server),
// as-you-type validation with the shared schema, autosave to the server, and one-time submission.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { getHome, getMyApplications, saveApplicationDraft, submitApplication } from '@/api'
import type { ApiError } from '@/api'
import type { Application, ApplicationTrack, EligibilityResult, FormDef, FormFieldDef, User } from '@/domain/contract'
import { EDITABLE_STATUSES } from '@/domain/contract'
import { evaluateEligibility, programmeYear } from '@/domain/application'
import { formDef as getFormDef, formSchema, isFieldRequired, isFieldVisible, validateApplicationForm } from '@/domain/forms'
import { validateField, type FieldErrors } from '@/domain/validate'
import { askSubscribe, SUBSCRIBE_TEMPLATES, useSession } from '@/shared'
import { draftKey, isDirty, useApplicationStore, type DraftEntry, type FormValues, type Remembered } from '../store'

export const TRACK_BY_ROLE: Partial<Record<User['role'], ApplicationTrack>> = {
  enterprise: 'enterprise',
  association: 'regional',
  staff: 'station',
}

/** kinds whose errors show while typing; free-text kinds wait for blur (or a complete-looking value) */
const IMMEDIATE = new Set(['select', 'boolean', 'classes', 'confirm', 'amount', 'integer', 'percent', 'region', 'station', 'orgs'])
const FULL_LENGTH: Record<string, number> = { uscc: 18, phone: 11 }

const AUTOSAVE_MS = 800
const RETRY_MS = 15_000

export type Phase = 'loading' | 'ready' | 'submitted' | 'unsupported' | 'signed-out'

const IDENTITY_KEYS: Record<ApplicationTrack, Array<keyof Remembered>> = {
  enterprise: ['orgName', 'uscc', 'contactName', 'contactPhone'],
  regional: ['holderName', 'uscc', 'contactName', 'contactPhone'],
  station: ['contactName', 'contactPhone'],
}

function stripEmpty(values: FormValues): FormValues {
  const out: FormValues = {}
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v
  return out
}

export interface ApplyForm {
  phase: Phase
  track?: ApplicationTrack
  year: number
  def?: FormDef
  entry?: DraftEntry
  values: FormValues
  step: number
  errors: FieldErrors
  application?: Application
  eligibility?: EligibilityResult
  /** the not-editable application (phase 'submitted') */
  locked?: Application
  offline: boolean
  submitting: boolean
  submitError?: string
  setValue: (field: FormFieldDef, value: unknown, extra?: Record<string, unknown>) => void
  blur: (field: FormFieldDef) => void
  next: () => void
  prev: () => void
  goStep: (step: number) => void
  submit: () => Promise<void>
  /** errors of the whole form (submit mode) — shown on the summary step */
  allErrors: FieldErrors
}

export function useApplyForm(params: { id?: string } = {}): ApplyForm {
  const user = useSession((s) => s.session?.user)
  const track = user ? TRACK_BY_ROLE[user.role] : undefined
  const store = useApplicationStore
  const [phase, setPhase] = useState<Phase>(user ? (track ? 'loading' : 'unsupported') : 'signed-out')
  const [year, setYear] = useState(() => programmeYear(new Date()))
  const [key, setKey] = useState<string>()
  const [application, setApplication] = useState<Application>()
  const [locked, setLocked] = useState<Application>()
  const [clientErrors, setClientErrors] = useState<FieldErrors>({})
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [submitError, setSubmitError] = useState<string>()
  const submittingRef = useRef(false)
  /** the year came from the server (send it); otherwise let the server pick the open year */
  const yearKnown = useRef(false)
  /** fields the user has left at least once: autosave errors of free-text fields wait for this */
  const touched = useRef(new Set<string>())
  const entry = useApplicationStore((s) => (key ? s.drafts[key] : undefined))
  const saveState = useApplicationStore((s) => s.saveState)

  const def = useMemo(() => (track ? getFormDef(track, year) : undefined), [track, year])
  const schema = useMemo(() => (track ? formSchema(track, year, 'submit') : undefined), [track, year])
  const values = entry?.values ?? {}
  const steps = def?.steps.length ?? 0

  // ── load: server first (year, status, form), local draft wins while it has unsynced changes ──
  useEffect(() => {
    if (!user || !track) return
    let alive = true
    ;(async () => {
      const userTrack = `${user.id}:${track}`
      const st = store.getState()
      const res = await getMyApplications()
      if (!alive) return
      let y = programmeYear(new Date())
      let target: Application | undefined
      if (res.ok) {
        const mine = res.data.filter((a) => a.track === track).sort((a, b) => b.year - a.year)
        target = (params.id ? mine.find((a) => a.id === params.id) : undefined) ?? mine[0]
        if (target) y = target.year
      } else {
        y = st.lastYear[userTrack] ?? y
        store.getState().setSaveState('offline', res.error.message)
      }
      const k = draftKey(user.id, track, y)
      const local = st.drafts[k]
      if (!target && !res.ok && local?.status && !EDITABLE_STATUSES.includes(local.status) && local.applicationId) {
        // offline, and this draft was already submitted: do not offer to edit it again
        setYear(y)
        setLocked({ id: local.applicationId, year: y, status: local.status, track } as Application)
        setPhase('submitted')
        return
      }
      if (target && !EDITABLE_STATUSES.includes(target.status)) {
        setYear(y)
        setLocked(target)
        setApplication(target)
        setPhase('submitted')
        return
      }
      if (target) {
        const serverValues = target.form as FormValues
        if (!local) {
          // a draft started elsewhere (another device, or seeded): resume at the first step that still needs input
          const missing = Object.keys(validateApplicationForm(track, y, serverValues, 'submit'))
          const defY = getFormDef(track, y)
          const firstStep = Object.keys(serverValues).length
            ? Math.min(defY.steps.length, ...missing.map((m) => defY.steps.findIndex((st) => st.fields.some((f) => f.key === m))).filter((i) => i >= 0))
            : 0
          store.getState().ensure(k, () => ({ values: { ...serverValues }, applicationId: target!.id, status: target!.status, step: firstStep }))
        } else if (isDirty(local)) {
          store.getState().patch(k, { applicationId: target.id, status: target.status })
        } else {
          store.getState().patch(k, { values: { ...local.values, ...serverValues }, applicationId: target.id, status: target.status })
        }
        setApplication(target)
      } else if (!local) {
        store.getState().ensure(k, () => ({ values: {} }))
      }
      // prefill what we know (remembered input, the org/station name, the signed-in contact) into empty fields
      // only into a new form: what the user cleared later stays cleared
      const fresh = !local && (!target || Object.keys(target.form ?? {}).length === 0)
      const remembered = st.remembered[user.id] ?? {}
      const prefill: FormValues = fresh ? { contactName: user.name, contactPhone: user.phone, ...remembered } : {}
      if (res.ok && fresh) {
        const home = await getHome()
        if (!alive) return
        if (home.ok) {
          const h = home.data as any
          if (h.orgName) prefill[track === 'regional' ? 'holderName' : 'orgName'] = remembered.orgName ?? remembered.holderName ?? h.orgName
          if (h.uscc) prefill.uscc = remembered.uscc ?? h.uscc
          if (h.stationName) prefill.stationName = h.stationName
          if (track !== 'station' && h.station?.id) prefill.stationId = h.station.id
        }
      }
      const cur = store.getState().drafts[k]
      const fill: FormValues = {}
      const defNow = getFormDef(track, y)
      const keys = new Set(defNow.steps.flatMap((s) => s.fields.map((f) => f.key)))
      for (const [f, v] of Object.entries(prefill)) {
        if (!keys.has(f) || v === undefined || v === '') continue
        const curV = cur?.values[f]
        if (curV === undefined || curV === null || curV === '') fill[f] = v
      }
      if (Object.keys(fill).length) store.getState().patch(k, { values: { ...store.getState().drafts[k].values, ...fill } })
      store.getState().noteYear(userTrack, y)
      yearKnown.current = !!target
      setYear(y)
      setKey(k)
      setPhase('ready')
    })()
    return () => {
      alive = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user?.id, track, params.id])

  // ── autosave ──
  const saveNow = useCallback(async (): Promise<{ ok: boolean; app?: Application; error?: ApiError }> => {
    if (!key || !track) return { ok: false }
    const cur = store.getState().drafts[key]
    if (!cur) return { ok: false }
    const sentAt = cur.changedAt
    store.getState().setSaveState('saving')
    const res = await saveApplicationDraft({ track, year: yearKnown.current ? year : undefined, form: stripEmpty(cur.values) })
    if (res.ok) {
      const app = res.data.application
      let k = key
      if (app.year !== year && user) {
        // the server opens another year than this device's clock suggested: move the draft there
        k = draftKey(user.id, track, app.year)
        store.getState().patch(k, { ...store.getState().drafts[key] })
        store.getState().noteYear(`${user.id}:${track}`, app.year)
        setYear(app.year)
        setKey(k)
      }
      yearKnown.current = true
      store.getState().markSynced(k, sentAt, { applicationId: app.id, status: app.status })
      store.getState().setSaveState(isDirty(store.getState().drafts[k]) ? 'saving' : 'saved')
      setApplication(app)
      // the server's draft check, shown like ours: free text only once the user has left the field
      const kinds = new Map(getFormDef(track, app.year).steps.flatMap((st) => st.fields.map((f) => [f.key, f.type] as const)))
      const shown: FieldErrors = {}
      for (const [k, m] of Object.entries(res.data.fieldErrors ?? {})) {
        if (touched.current.has(k) || IMMEDIATE.has(kinds.get(k) ?? '') || !kinds.has(k)) shown[k] = m
      }
      setServerErrors(shown)
      return { ok: true, app }
    }
    store.getState().setSaveState(res.error.status === 0 ? 'offline' : 'error', res.error.message)
    if (res.error.fieldErrors) setServerErrors(res.error.fieldErrors)
    return { ok: false, error: res.error }
  }, [key, track, year, user])

  const changedAt = entry?.changedAt ?? 0
  useEffect(() => {
    if (phase !== 'ready' || !entry || !isDirty(entry)) return
    const t = setTimeout(() => {
      if (!submittingRef.current) saveNow()
    }, AUTOSAVE_MS)
    return () => clearTimeout(t)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase, changedAt, saveNow])

  // offline: retry now and then (and when the network comes back)
  useEffect(() => {
    if (phase !== 'ready' || (saveState !== 'offline' && saveState !== 'error')) return
    const retry = () => {
      const cur = key ? store.getState().drafts[key] : undefined
      if (isDirty(cur) && !submittingRef.current) saveNow()
    }
    const t = setInterval(retry, RETRY_MS)
    const onOnline = () => retry()
    if (typeof window !== 'undefined' && window.addEventListener) window.addEventListener('online', onOnline)
    return () => {
      clearInterval(t)
      if (typeof window !== 'undefined' && window.removeEventListener) window.removeEventListener('online', onOnline)
    }
  }, [phase, saveState, key, saveNow])

  // ── validation ──
  const check = useCallback(
    (f: FormFieldDef, v: unknown, all: FormValues): string | null => {
      if (!schema || !isFieldVisible(f, all)) return null
      return validateField(schema, f.key, v, all)
    },
    [schema],
  )

  const setValue = useCallback(
    (f: FormFieldDef, v: unknown, extra?: Record<string, unknown>) => {
      if (!key) return
      const st = store.getState()
      st.setValue(key, f.key, v)
      if (extra) for (const [k2, v2] of Object.entries(extra)) st.setValue(key, k2, v2)
      const all = { ...st.drafts[key]?.values, [f.key]: v, ...extra }
      setServerErrors((e) => {
        if (!(f.key in e) && !(extra && Object.keys(extra).some((x) => x in e))) return e
        const n = { ...e }
        delete n[f.key]
        if (extra) for (const x of Object.keys(extra)) delete n[x]
        return n
      })
      setClientErrors((errs) => {
        const n = { ...errs }
        const msg = check(f, v, all)
        const text = typeof v === 'string' ? v : ''
        const show = IMMEDIATE.has(f.type) || f.key in errs || (FULL_LENGTH[f.type] !== undefined && text.length >= FULL_LENGTH[f.type])
        if (msg && show) n[f.key] = msg
        else if (!msg) delete n[f.key]
        // fields already showing an error may depend on this one (cross-field checks, conditional requirements)
        if (def) {
          for (const other of def.steps.flatMap((s) => s.fields)) {
            if (other.key === f.key || !(other.key in n)) continue
            const m = check(other, all[other.key], all)
            if (m) n[other.key] = m
            else delete n[other.key]
          }
        }
        return n
      })
    },
    [key, check, def],
  )

  const blur = useCallback(
    (f: FormFieldDef) => {
      if (!key) return
      touched.current.add(f.key)
      const all = store.getState().drafts[key]?.values ?? {}
      const msg = check(f, all[f.key], all)
      setClientErrors((errs) => {
        if ((errs[f.key] ?? null) === msg) return errs
        const n = { ...errs }
        if (msg) n[f.key] = msg
        else delete n[f.key]
        return n
      })
    },
    [key, check],
  )

  const step = Math.min(entry?.step ?? 0, steps)

  const scrollTop = () => {
    try {
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
    } catch {
      /* not available in tests */
    }
  }

  const goStep = useCallback(
    (s: number) => {
      if (!key) return
      store.getState().setStep(key, Math.max(0, Math.min(s, steps)))
      scrollTop()
    },
    [key, steps],
  )

  // 下一步 stops only on what is wrong (a bad USCC, a negative amount); what is still empty may be filled
  // later — the summary step lists it and 提交申报 waits for it
  const draftSchema = useMemo(() => (track ? formSchema(track, year, 'draft') : undefined), [track, year])
  const next = useCallback(() => {
    if (!def || !key || !draftSchema) return
    const all = store.getState().drafts[key]?.values ?? {}
    const fields = def.steps[step]?.fields ?? []
    const found: FieldErrors = {}
    for (const f of fields) {
      if (!isFieldVisible(f, all)) continue
      const m = validateField(draftSchema, f.key, all[f.key], all)
      if (m) found[f.key] = m
    }
    for (const f of fields) if (serverErrors[f.key] && !(f.key in found)) found[f.key] = serverErrors[f.key]
    if (Object.keys(found).length) {
      setClientErrors((e) => ({ ...e, ...found }))
      Taro.showToast({ title: '请先修改标红的内容', icon: 'none' })
      return
    }
    goStep(step + 1)
  }, [def, key, step, draftSchema, goStep, serverErrors])

  const prev = useCallback(() => goStep(step - 1), [goStep, step])

  const allErrors = useMemo(() => {
    if (!track) return {}
    return { ...validateApplicationForm(track, year, values, 'submit'), ...serverErrors }
  }, [track, year, values, serverErrors])

  const eligibility = useMemo(() => {
    if (!track) return undefined
    return evaluateEligibility(track, values as any, {
      provinceCode: application?.provinceCode,
      confirmations: application?.stationConfirmations,
    })
  }, [track, values, application])

  // ── submit (once) ──
  const submit = useCallback(async () => {
    if (submittingRef.current || !key || !track || !def || !user) return
    submittingRef.current = true
    setSubmitting(true)
    setSubmitError(undefined)
    // weapp: the consent dialog must be requested inside the tap
    const consent = askSubscribe([SUBSCRIBE_TEMPLATES.applicationStatus])
    const done = (msg?: string) => {
      submittingRef.current = false
      setSubmitting(false)
      setSubmitError(msg)
    }
    const stepOf = (field: string) => def.steps.findIndex((s) => s.fields.some((f) => f.key === field))
    const cur = store.getState().drafts[key]
    const errs = validateApplicationForm(track, year, cur.values, 'submit')
    if (Object.keys(errs).length) {
      setClientErrors((e) => ({ ...e, ...errs }))
      const first = Math.min(...Object.keys(errs).map(stepOf).filter((i) => i >= 0))
      done(`还有 ${Object.keys(errs).length} 项需要完善，请按提示修改`)
      if (Number.isFinite(first)) goStep(first)
      return
    }
    if (eligibility && !eligibility.ok) return done('不符合申报条件，请查看上方说明')
    await consent
    const saved = await saveNow()
    const latest = store.getState().drafts[key]
    const appId = saved.app?.id ?? latest.applicationId
    if (!saved.ok && (!appId || saved.error?.status === 0)) {
      return done(
        saved.error?.status === 0
          ? '网络不可用，申报内容已保存在本机。请联网后再点“提交申报”。'
          : saved.error?.message ?? '保存失败，请稍后重试',
      )
    }
    const res = await submitApplication(appId!, { idempotencyKey: latest.idempotencyKey })
    if (res.ok) {
      const v = latest.values
      const remember: Remembered = {}
      for (const k2 of IDENTITY_KEYS[track]) if (typeof v[k2] === 'string') remember[k2] = v[k2] as string
      store.getState().remember(user.id, remember)
      store.getState().patch(key, { status: res.data.status, applicationId: res.data.id, step: 0, syncedAt: latest.changedAt })
      store.getState().rotateKey(key)
      setApplication(res.data)
      done()
      Taro.showToast({ title: '已提交申报', icon: 'success' })
      // back to the status page when we came from it (修改并重新申报), otherwise replace the form by it
      const statusUrl = `/pkg-apply/pages/status/index?id=${encodeURIComponent(res.data.id)}`
      Promise.resolve()
        .then(() => {
          const pages = Taro.getCurrentPages()
          const prevPage = pages[pages.length - 2]
          return prevPage && String(prevPage.route || '').includes('pkg-apply/pages/status')
            ? Taro.navigateBack()
            : Taro.redirectTo({ url: statusUrl })
        })
        .catch(() => Taro.redirectTo({ url: statusUrl }))
        .catch(() => {})
      return
    }
    if (res.error.status === 0) return done('网络不可用，请稍后再试（重复提交不会产生两份申报）')
    // a refused attempt: the next attempt is a new submission
    store.getState().rotateKey(key)
    if (res.error.fieldErrors && Object.keys(res.error.fieldErrors).length) {
      setServerErrors(res.error.fieldErrors)
      const first = Math.min(...Object.keys(res.error.fieldErrors).map(stepOf).filter((i) => i >= 0))
      done(res.error.message || '提交的内容有误，请按提示修改')
      if (Number.isFinite(first)) goStep(first)
      return
    }
    done(res.error.message)
  }, [key, track, def, user, year, eligibility, saveNow, goStep])

  return {
    phase,
    track,
    year,
    def,
    entry,
    values,
    step,
    errors: { ...serverErrors, ...clientErrors },
    application,
    eligibility,
    locked,
    offline: saveState === 'offline',
    submitting,
    submitError,
    setValue,
    blur,
    next,
    prev,
    goStep,
    submit,
    allErrors,
  }
}

export { isFieldRequired }
