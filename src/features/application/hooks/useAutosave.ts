// Autosave: the draft goes to the server 800 ms after the last change; offline (or after an error) it is
// retried every 15 s and when the network comes back. The server's draft check comes back as field errors.
import { useCallback, useEffect } from 'react'
import { saveApplicationDraft } from '@/api'
import type { ApiError } from '@/api'
import type { Application, ApplicationTrack, User } from '@/domain/contract'
import { formDef } from '@/domain/forms/defs'
import { stripEmpty } from '@/domain/forms/resume'
import type { FieldErrors } from '@/domain/validate'
import { draftKey, isDirty, useApplicationStore } from '../store'
import type { DraftLoad } from './useDraftLoad'
import { showsWhileTyping } from './useFieldErrors'

const AUTOSAVE_MS = 800
const RETRY_MS = 15_000

export interface SaveResult {
  ok: boolean
  app?: Application
  error?: ApiError
}

export function useAutosave(p: {
  load: DraftLoad
  user: User | undefined
  track: ApplicationTrack | undefined
  /** fields the user has left at least once */
  touched: { current: Set<string> }
  /** a submission is running: it saves itself */
  submitting: { current: boolean }
  setServerErrors: (errors: FieldErrors) => void
}): () => Promise<SaveResult> {
  const { load, user, track, touched, submitting, setServerErrors } = p
  const { key, year, phase, yearKnown, moveTo, setApplication } = load
  const entry = useApplicationStore((s) => (key ? s.drafts[key] : undefined))
  const saveState = useApplicationStore((s) => s.saveState)

  const saveNow = useCallback(async (): Promise<SaveResult> => {
    const store = useApplicationStore.getState
    if (!key || !track) return { ok: false }
    const cur = store().drafts[key]
    if (!cur) return { ok: false }
    const sentAt = cur.changedAt
    store().setSaveState('saving')
    const res = await saveApplicationDraft({ track, year: yearKnown.current ? year : undefined, form: stripEmpty(cur.values) })
    if (res.ok) {
      const app = res.data.application
      let k = key
      if (app.year !== year && user) {
        // the server opens another year than this device's clock suggested: move the draft there
        k = draftKey(user.id, track, app.year)
        store().patch(k, { ...store().drafts[key] })
        store().noteYear(`${user.id}:${track}`, app.year)
        moveTo(app.year, k)
      }
      yearKnown.current = true
      store().markSynced(k, sentAt, { applicationId: app.id, status: app.status })
      store().setSaveState(isDirty(store().drafts[k]) ? 'saving' : 'saved')
      setApplication(app)
      // the server's draft check, shown like ours: free text only once the user has left the field
      const kinds = new Map(formDef(track, app.year).steps.flatMap((st) => st.fields.map((f) => [f.key, f.type] as const)))
      const shown: FieldErrors = {}
      for (const [field, m] of Object.entries(res.data.fieldErrors ?? {})) {
        const kind = kinds.get(field)
        if (touched.current.has(field) || kind === undefined || showsWhileTyping(kind)) shown[field] = m
      }
      setServerErrors(shown)
      return { ok: true, app }
    }
    store().setSaveState(res.error.status === 0 ? 'offline' : 'error', res.error.message)
    if (res.error.fieldErrors) setServerErrors(res.error.fieldErrors)
    return { ok: false, error: res.error }
    // yearKnown / touched are refs; moveTo / setApplication only set state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, track, year, user])

  const changedAt = entry?.changedAt ?? 0
  const dirty = isDirty(entry)
  useEffect(() => {
    if (phase !== 'ready' || !dirty) return
    const t = setTimeout(() => {
      if (!submitting.current) saveNow()
    }, AUTOSAVE_MS)
    return () => clearTimeout(t)
  }, [phase, changedAt, dirty, saveNow, submitting])

  // offline: retry now and then (and when the network comes back)
  useEffect(() => {
    if (phase !== 'ready' || (saveState !== 'offline' && saveState !== 'error')) return
    const retry = () => {
      const cur = key ? useApplicationStore.getState().drafts[key] : undefined
      if (isDirty(cur) && !submitting.current) saveNow()
    }
    const t = setInterval(retry, RETRY_MS)
    const onOnline = () => retry()
    if (typeof window !== 'undefined' && window.addEventListener) window.addEventListener('online', onOnline)
    return () => {
      clearInterval(t)
      if (typeof window !== 'undefined' && window.removeEventListener) window.removeEventListener('online', onOnline)
    }
  }, [phase, saveState, key, saveNow, submitting])

  return saveNow
}
