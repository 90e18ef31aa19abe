// As-you-type validation with the shared form schema (loaded on the first edit, hooks/formValidator.ts): choices
// show their error at once, free text waits for blur (or a complete-looking value); the server's errors of a field
// go away when the field changes.
import { useCallback, useMemo, useRef, useState } from 'react'
import type { ApplicationTrack, FormDef, FormFieldDef } from '@/domain/contract'
import { isFieldVisible } from '@/domain/forms/defs'
import type { FieldErrors } from '@/domain/validate'
import { useApplicationStore } from '../store'
import { formValidatorNow, loadFormValidator } from './formValidator'
import { useFormSchema } from './useFormSchema'

/** kinds whose errors show while typing; free-text kinds wait for blur (or a complete-looking value) */
const IMMEDIATE = new Set(['select', 'boolean', 'classes', 'confirm', 'amount', 'integer', 'percent', 'region', 'station', 'orgs'])
const FULL_LENGTH: Record<string, number> = { uscc: 18, phone: 11 }

export const showsWhileTyping = (kind: string) => IMMEDIATE.has(kind)

export interface FieldErrorState {
  /** server errors under the client's */
  errors: FieldErrors
  serverErrors: FieldErrors
  setServerErrors: (errors: FieldErrors) => void
  /** show these errors (a step or the whole form was checked) */
  addClientErrors: (errors: FieldErrors) => void
  /** fields the user has left at least once */
  touched: { current: Set<string> }
  setValue: (field: FormFieldDef, value: unknown, extra?: Record<string, unknown>) => void
  blur: (field: FormFieldDef) => void
}

export function useFieldErrors(p: { key?: string; track?: ApplicationTrack; year: number; def?: FormDef }): FieldErrorState {
  const { key, track, year, def } = p
  const [clientErrors, setClientErrors] = useState<FieldErrors>({})
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const touched = useRef(new Set<string>())
  const schemaOf = useFormSchema(track, year, 'submit')

  const check = useCallback(
    (f: FormFieldDef, v: unknown, all: Record<string, unknown>): string | null => {
      const schema = isFieldVisible(f, all) ? schemaOf() : undefined
      return schema ? formValidatorNow()!.validateField(schema, f.key, v, all) : null
    },
    [schemaOf],
  )

  /** after an edit of `f`: its own error (shown at once or when complete) and those of fields showing one */
  const showAfterChange = useCallback(
    (f: FormFieldDef, all: Record<string, unknown>) => {
      const v = all[f.key]
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
    [check, def],
  )

  const showAfterBlur = useCallback(
    (f: FormFieldDef, all: Record<string, unknown>) => {
      const msg = check(f, all[f.key], all)
      setClientErrors((errs) => {
        if ((errs[f.key] ?? null) === msg) return errs
        const n = { ...errs }
        if (msg) n[f.key] = msg
        else delete n[f.key]
        return n
      })
    },
    [check],
  )

  // an edit or blur before the validator has loaded is checked once it has (with the values of that moment)
  const whenValidatorReady = useCallback(
    (show: (f: FormFieldDef, all: Record<string, unknown>) => void, f: FormFieldDef) => {
      const showNow = () => show(f, useApplicationStore.getState().drafts[key!]?.values ?? {})
      if (formValidatorNow()) showNow()
      else loadFormValidator().then(showNow, () => {})
    },
    [key],
  )

  const setValue = useCallback(
    (f: FormFieldDef, v: unknown, extra?: Record<string, unknown>) => {
      if (!key) return
      const st = useApplicationStore.getState()
      st.setValue(key, f.key, v)
      if (extra) for (const [k2, v2] of Object.entries(extra)) st.setValue(key, k2, v2)
      setServerErrors((e) => {
        if (!(f.key in e) && !(extra && Object.keys(extra).some((x) => x in e))) return e
        const n = { ...e }
        delete n[f.key]
        if (extra) for (const x of Object.keys(extra)) delete n[x]
        return n
      })
      whenValidatorReady(showAfterChange, f)
    },
    [key, whenValidatorReady, showAfterChange],
  )

  const blur = useCallback(
    (f: FormFieldDef) => {
      if (!key) return
      touched.current.add(f.key)
      whenValidatorReady(showAfterBlur, f)
    },
    [key, whenValidatorReady, showAfterBlur],
  )

  const addClientErrors = useCallback((found: FieldErrors) => setClientErrors((e) => ({ ...e, ...found })), [])
  const errors = useMemo(() => ({ ...serverErrors, ...clientErrors }), [serverErrors, clientErrors])
  return { errors, serverErrors, setServerErrors, addClientErrors, touched, setValue, blur }
}
