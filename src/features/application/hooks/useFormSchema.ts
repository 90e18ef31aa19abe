// The form's zod schema, built on first use instead of at mount: building it makes a zod schema for every field
// of the annex, and nothing is checked before the user types or taps 下一步, so the first render skips it.
// Undefined while the validator is still loading (hooks/formValidator.ts): callers load it first.
import { useCallback, useRef } from 'react'
import type { ApplicationTrack } from '@/domain/contract'
import type { FormMode, FormSchema } from '@/domain/forms'
import { formValidatorNow } from './formValidator'

export function useFormSchema(track: ApplicationTrack | undefined, year: number, mode: FormMode): () => FormSchema | undefined {
  const built = useRef<{ key: string; schema: FormSchema }>()
  return useCallback(() => {
    if (!track) return undefined
    const validator = formValidatorNow()
    if (!validator) return undefined
    const key = `${track}:${year}:${mode}`
    if (built.current?.key !== key) built.current = { key, schema: validator.formSchema(track, year, mode) }
    return built.current.schema
  }, [track, year, mode])
}
