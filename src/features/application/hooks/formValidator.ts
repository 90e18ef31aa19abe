// The form's validator, loaded when it is first needed: nothing is checked before the applicant types, leaves a
// field or taps 下一步, so on H5 the form renders without zod and fetches it (~70 KB) on the first edit. Offline,
// before the service worker has cached it, steps go on unchecked and submitting waits for the network. The
// mini-program loads no code on demand: there it is bundled with the page and ready at once.
import { useEffect, useState } from 'react'
import type * as ValidatorModule from '../validator'

export type FormValidator = typeof ValidatorModule

let ready: FormValidator | undefined
let pending: Promise<FormValidator> | undefined

// one conditional expression, so the bundler drops the other target's branch (statements after an early
// return would stay, and the require would bundle the validator with the page on H5 too)
const importValidator: () => Promise<FormValidator> =
  process.env.TARO_ENV === 'h5' ? () => import('../validator') : () => Promise.resolve((ready = require('../validator') as FormValidator))

/** The validator, loading it once; a failed load (offline, not cached) is retried on the next call. */
export function loadFormValidator(): Promise<FormValidator> {
  pending ??= importValidator().then(
    (m) => (ready = m),
    (e) => {
      pending = undefined
      throw e
    },
  )
  return pending
}

/** The validator when it has loaded, else undefined. */
export const formValidatorNow = (): FormValidator | undefined => ready

/** The validator for a render: undefined until loaded; `wanted` starts the load. */
export function useFormValidator(wanted: boolean): FormValidator | undefined {
  const [validator, setValidator] = useState(formValidatorNow)
  useEffect(() => {
    if (!wanted || validator) return
    let live = true
    loadFormValidator().then(
      (m) => live && setValidator(m),
      () => {},
    )
    return () => {
      live = false
    }
  }, [wanted, validator])
  return validator
}
