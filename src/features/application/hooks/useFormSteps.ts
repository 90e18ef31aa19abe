// Step navigation: 下一步 stops only on what is wrong (a bad USCC, a negative amount); what is still empty may be
// filled later — the summary step (index = number of steps) lists it and 提交申报 waits for it.
import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import type { ApplicationTrack, FormDef } from '@/domain/contract'
import { isFieldVisible } from '@/domain/forms/defs'
import type { FieldErrors } from '@/domain/validate'
import { useApplicationStore } from '../store'
import { loadFormValidator } from './formValidator'
import { useFormSchema } from './useFormSchema'

const scrollTop = () => {
  try {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  } catch {
    /* not available in tests */
  }
}

export interface FormSteps {
  step: number
  goStep: (step: number) => void
  next: () => Promise<void>
  prev: () => void
}

export function useFormSteps(p: {
  key?: string
  track?: ApplicationTrack
  year: number
  def?: FormDef
  serverErrors: FieldErrors
  addClientErrors: (errors: FieldErrors) => void
}): FormSteps {
  const { key, track, year, def, serverErrors, addClientErrors } = p
  const steps = def?.steps.length ?? 0
  const saved = useApplicationStore((s) => (key ? s.drafts[key]?.step : undefined))
  const step = Math.min(saved ?? 0, steps)
  const draftSchemaOf = useFormSchema(track, year, 'draft')

  const goStep = useCallback(
    (s: number) => {
      if (!key) return
      useApplicationStore.getState().setStep(key, Math.max(0, Math.min(s, steps)))
      scrollTop()
    },
    [key, steps],
  )

  const next = useCallback(async () => {
    if (!def || !key) return
    // a tap before the validator has loaded waits for it; when it cannot load (offline, not cached) the step
    // is left unchecked: the summary and the server check everything before the application is submitted
    const validator = await loadFormValidator().catch(() => undefined)
    const draftSchema = validator && draftSchemaOf()
    if (!validator || !draftSchema) return goStep(step + 1)
    const all = useApplicationStore.getState().drafts[key]?.values ?? {}
    const fields = def.steps[step]?.fields ?? []
    const found: FieldErrors = {}
    for (const f of fields) {
      if (!isFieldVisible(f, all)) continue
      const m = validator.validateField(draftSchema, f.key, all[f.key], all)
      if (m) found[f.key] = m
    }
    for (const f of fields) if (serverErrors[f.key] && !(f.key in found)) found[f.key] = serverErrors[f.key]
    if (Object.keys(found).length) {
      addClientErrors(found)
      Taro.showToast({ title: '请先修改标红的内容', icon: 'none' })
      return
    }
    goStep(step + 1)
  }, [def, key, step, draftSchemaOf, goStep, serverErrors, addClientErrors])

  const prev = useCallback(() => goStep(step - 1), [goStep, step])
  return { step, goStep, next, prev }
}
