// The applicant's form: which form (track by role, programme year), the draft (local first, then server),
// as-you-type validation with the shared schema, autosave to the server, and one-time submission.
// Loading, autosave, field errors and steps are one hook each; the decisions of resuming a draft are pure
// functions in domain/forms/resume.ts. This hook wires them and owns the submission.
import { useCallback, useMemo, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { submitApplication } from '@/api'
import type { Application, ApplicationTrack, EligibilityResult, FormDef, FormFieldDef, User } from '@/domain/contract'
import { evaluateEligibility } from '@/domain/application'
import { formDef as getFormDef, isFieldRequired } from '@/domain/forms/defs'
import { firstStepOf, identityToRemember } from '@/domain/forms/resume'
import type { FieldErrors } from '@/domain/validate'
import { askSubscribe, SUBSCRIBE_TEMPLATES, useSession } from '@/shared'
import { useApplicationStore, type DraftEntry, type FormValues } from '../store'
import { useAutosave } from './useAutosave'
import { loadFormValidator, useFormValidator } from './formValidator'
import { useCallReminderConsent } from './useCallReminderConsent'
import { useDraftLoad, type Phase } from './useDraftLoad'
import { useFieldErrors } from './useFieldErrors'
import { useFormSteps } from './useFormSteps'

export type { Phase }

export const TRACK_BY_ROLE: Partial<Record<User['role'], ApplicationTrack>> = {
  enterprise: 'enterprise',
  association: 'regional',
  staff: 'station',
}

const NO_VALUES: FormValues = {}
const NO_ERRORS: FieldErrors = {}
const OFFLINE_SUBMIT = '网络不可用，申报内容已保存在本机。请联网后再点“提交申报”。'

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
  next: () => Promise<void>
  prev: () => void
  goStep: (step: number) => void
  submit: () => Promise<void>
  /** errors of the whole form (submit mode) — computed on the summary step only, empty on the others */
  allErrors: FieldErrors
}

export function useApplyForm(params: { id?: string } = {}): ApplyForm {
  const user = useSession((s) => s.session?.user)
  const track = user ? TRACK_BY_ROLE[user.role] : undefined
  const load = useDraftLoad(user, track, params.id)
  const { phase, year, key, application, locked, setApplication } = load
  const entry = useApplicationStore((s) => (key ? s.drafts[key] : undefined))
  const saveState = useApplicationStore((s) => s.saveState)
  const def = useMemo(() => (track ? getFormDef(track, year) : undefined), [track, year])
  const values = entry?.values ?? NO_VALUES

  const fields = useFieldErrors({ key, track, year, def })
  const { serverErrors, setServerErrors, addClientErrors } = fields
  const submittingRef = useRef(false)
  const saveNow = useAutosave({ load, user, track, touched: fields.touched, submitting: submittingRef, setServerErrors })
  const { step, goStep, next: nextStep, prev } = useFormSteps({ key, track, year, def, serverErrors, addClientErrors })
  // weapp: the call-reminder consent is asked inside the 下一步 tap (the draft is saved as the step changes)
  const askCallReminder = useCallReminderConsent(user?.id)
  const next = useCallback(() => {
    askCallReminder()
    return nextStep()
  }, [askCallReminder, nextStep])
  const [submitting, setSubmitting] = useState(false)
  const [submitError, setSubmitError] = useState<string>()

  // the whole form is checked on the summary step only (it lists what is missing); a step checks its own fields
  const onSummary = !!def && step >= def.steps.length
  const validator = useFormValidator(onSummary)
  const allErrors = useMemo(() => {
    if (!onSummary) return NO_ERRORS
    if (!track || !validator) return serverErrors
    return { ...validator.validateApplicationForm(track, year, values, 'submit'), ...serverErrors }
  }, [track, year, values, serverErrors, onSummary, validator])

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
    const checker = await loadFormValidator().catch(() => undefined)
    if (!checker) return done(OFFLINE_SUBMIT)
    const cur = useApplicationStore.getState().drafts[key]
    const errs = checker.validateApplicationForm(track, year, cur.values, 'submit')
    if (Object.keys(errs).length) {
      addClientErrors(errs)
      const first = firstStepOf(def, Object.keys(errs))
      done(`还有 ${Object.keys(errs).length} 项需要完善，请按提示修改`)
      if (first !== undefined) goStep(first)
      return
    }
    if (eligibility && !eligibility.ok) return done('不符合申报条件，请查看上方说明')
    await consent
    const saved = await saveNow()
    const latest = useApplicationStore.getState().drafts[key]
    const appId = saved.app?.id ?? latest.applicationId
    if (!saved.ok && (!appId || saved.error?.status === 0)) {
      return done(saved.error?.status === 0 ? OFFLINE_SUBMIT : (saved.error?.message ?? '保存失败，请稍后重试'))
    }
    const res = await submitApplication(appId!, { idempotencyKey: latest.idempotencyKey })
    if (res.ok) {
      useApplicationStore.getState().remember(user.id, identityToRemember(track, latest.values))
      useApplicationStore
        .getState()
        .patch(key, { status: res.data.status, applicationId: res.data.id, step: 0, syncedAt: latest.changedAt })
      useApplicationStore.getState().rotateKey(key)
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
    useApplicationStore.getState().rotateKey(key)
    if (res.error.fieldErrors && Object.keys(res.error.fieldErrors).length) {
      setServerErrors(res.error.fieldErrors)
      const first = firstStepOf(def, Object.keys(res.error.fieldErrors))
      done(res.error.message || '提交的内容有误，请按提示修改')
      if (first !== undefined) goStep(first)
      return
    }
    done(res.error.message)
  }, [key, track, def, user, year, eligibility, saveNow, goStep, addClientErrors, setServerErrors, setApplication])

  return {
    phase,
    track,
    year,
    def,
    entry,
    values,
    step,
    errors: fields.errors,
    application,
    eligibility,
    locked,
    offline: saveState === 'offline',
    submitting,
    submitError,
    setValue: fields.setValue,
    blur: fields.blur,
    next,
    prev,
    goStep,
    submit,
    allErrors,
  }
}

export { isFieldRequired }
