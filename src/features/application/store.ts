// Application drafts: saved locally on every change (zustand persist over Taro storage — survives reload,
// app kill and offline) and to the server by the autosave hook. Keyed by user + track + year.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ApplicationStatus, ApplicationTrack } from '@/domain/contract'
import { taroStorage } from '@/shared'

export type FormValues = Record<string, unknown>

export interface DraftEntry {
  values: FormValues
  /** current step index (the summary step = steps.length) */
  step: number
  /** kept with the draft: a retried / double-tapped submission reuses it (one application) */
  idempotencyKey: string
  applicationId?: string
  /** server status last seen (drafts are only editable in draft / returned) */
  status?: ApplicationStatus
  /** ms timestamp of the last local change */
  changedAt: number
  /** ms timestamp of the local change the server has acknowledged */
  syncedAt: number
}

/** What the user typed before (company name, USCC, contact) — prefilled into the next form. */
export type Remembered = Partial<Record<'orgName' | 'holderName' | 'uscc' | 'contactName' | 'contactPhone', string>>

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error'

interface ApplicationStoreState {
  drafts: Record<string, DraftEntry>
  /** userId → remembered identity fields */
  remembered: Record<string, Remembered>
  /** user:track → the year of the last draft (offline restore without the server) */
  lastYear: Record<string, number>
  /** not persisted: autosave indicator */
  saveState: SaveState
  saveMessage?: string

  ensure: (key: string, init: () => Partial<DraftEntry>) => DraftEntry
  setValue: (key: string, field: string, value: unknown) => void
  patch: (key: string, patch: Partial<DraftEntry>) => void
  setStep: (key: string, step: number) => void
  markSynced: (key: string, sentAt: number, patch?: Partial<DraftEntry>) => void
  rotateKey: (key: string) => void
  remember: (userId: string, values: Remembered) => void
  setSaveState: (state: SaveState, message?: string) => void
  noteYear: (userTrack: string, year: number) => void
}

export const draftKey = (userId: string, track: ApplicationTrack, year: number) => `${userId}:${track}:${year}`

export const newIdempotencyKey = () =>
  `sub-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 6)}`

const emptyEntry = (): DraftEntry => ({
  values: {},
  step: 0,
  idempotencyKey: newIdempotencyKey(),
  changedAt: 0,
  syncedAt: 0,
})

export const useApplicationStore = create<ApplicationStoreState>()(
  persist(
    (set, get) => ({
      drafts: {},
      remembered: {},
      lastYear: {},
      saveState: 'idle',
      saveMessage: undefined,

      ensure: (key, init) => {
        const existing = get().drafts[key]
        if (existing) return existing
        const entry = { ...emptyEntry(), ...init() }
        set((s) => ({ drafts: { ...s.drafts, [key]: entry } }))
        return entry
      },
      setValue: (key, field, value) =>
        set((s) => {
          const cur = s.drafts[key] ?? emptyEntry()
          return { drafts: { ...s.drafts, [key]: { ...cur, values: { ...cur.values, [field]: value }, changedAt: Date.now() } } }
        }),
      patch: (key, patch) => set((s) => ({ drafts: { ...s.drafts, [key]: { ...(s.drafts[key] ?? emptyEntry()), ...patch } } })),
      setStep: (key, step) => set((s) => ({ drafts: { ...s.drafts, [key]: { ...(s.drafts[key] ?? emptyEntry()), step } } })),
      markSynced: (key, sentAt, patch) =>
        set((s) => {
          const cur = s.drafts[key]
          if (!cur) return {}
          return { drafts: { ...s.drafts, [key]: { ...cur, ...patch, syncedAt: Math.max(cur.syncedAt, sentAt) } } }
        }),
      rotateKey: (key) =>
        set((s) => {
          const cur = s.drafts[key]
          if (!cur) return {}
          return { drafts: { ...s.drafts, [key]: { ...cur, idempotencyKey: newIdempotencyKey() } } }
        }),
      remember: (userId, values) =>
        set((s) => {
          const clean: Remembered = {}
          for (const [k, v] of Object.entries(values)) if (typeof v === 'string' && v.trim()) clean[k as keyof Remembered] = v.trim()
          return { remembered: { ...s.remembered, [userId]: { ...s.remembered[userId], ...clean } } }
        }),
      setSaveState: (saveState, saveMessage) => set({ saveState, saveMessage }),
      noteYear: (userTrack, year) => set((s) => (s.lastYear[userTrack] === year ? {} : { lastYear: { ...s.lastYear, [userTrack]: year } })),
    }),
    {
      name: 'qqbc.application.drafts',
      storage: taroStorage,
      version: 1,
      partialize: (s) => ({ drafts: s.drafts, remembered: s.remembered, lastYear: s.lastYear }),
    },
  ),
)

/** Has the draft local changes the server has not acknowledged yet? */
export const isDirty = (entry: DraftEntry | undefined) => !!entry && entry.changedAt > entry.syncedAt
