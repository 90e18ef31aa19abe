// The form's zod schema, built on first use instead of at mount: building it makes a zod schema for every field
// of the annex, and nothing is checked before the user types or taps 下一步, so the first render skips it.
import { useCallback, useRef } from 'react'
import type { ApplicationTrack } from '@/domain/contract'
import { formSchema, type FormMode, type FormSchema } from '@/domain/forms'

export function useFormSchema(track: ApplicationTrack | undefined, year: number, mode: FormMode): () => FormSchema | undefined {
  const built = useRef<{ key: string; schema: FormSchema }>()
  return useCallback(() => {
    if (!track) return undefined
    const key = `${track}:${year}:${mode}`
    if (built.current?.key !== key) built.current = { key, schema: formSchema(track, year, mode) }
    return built.current.schema
  }, [track, year, mode])
}
