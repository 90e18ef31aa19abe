// Yearly-report drafts on the phone: every keystroke is kept in a persisted zustand store (Taro storage), so
// a draft survives app kill and going offline; the server copy is written by 保存草稿 / 报送. Keyed by
// user + year. What is kept is what was typed (strings), so a half-typed "12." is never lost or rewritten.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '@/shared'

/** path "<dimension>.<key>" → typed text (numbers), true/false (flags) or the option value (choices) */
export type ReportInput = Record<string, string | boolean>

export interface ReportDraft {
  values: ReportInput
  confirmedJumps: string[]
  /** ms of the last local change */
  changedAt: number
  /** ms of the local change the server last acknowledged */
  syncedAt: number
  /** the server's updatedAt the local copy started from */
  baseUpdatedAt?: string
  /** set once the draft was prefilled from the application form (never again, even if the user clears a field) */
  prefill?: ReportPrefill
}

/** Which application prefilled the draft, and the values it put in empty fields. */
export interface ReportPrefill {
  applicationId: string
  year: number
  values: ReportInput
}

interface ReportStoreState {
  drafts: Record<string, ReportDraft>
  /** start (or restart) a draft from the server's figures */
  reset: (key: string, values: ReportInput, baseUpdatedAt?: string) => void
  setValue: (key: string, path: string, value: string | boolean | undefined) => void
  setValues: (key: string, values: ReportInput) => void
  /** fills only the empty fields from the application's figures, once per draft; not a user change (changedAt stays) */
  prefill: (key: string, from: { applicationId: string; year: number }, values: ReportInput) => void
  confirm: (key: string, paths: string[]) => void
  markSynced: (key: string, sentAt: number, baseUpdatedAt?: string) => void
}

/** The entries of `extra` whose path is still empty in `current` (what a prefill may add: typed values win). */
export function fillEmpty(current: ReportInput, extra: ReportInput): ReportInput {
  const out: ReportInput = {}
  for (const [path, v] of Object.entries(extra)) if (current[path] === undefined || current[path] === '') out[path] = v
  return out
}

export const reportDraftKey = (userId: string, year: number) => `${userId}:${year}`

const empty = (): ReportDraft => ({ values: {}, confirmedJumps: [], changedAt: 0, syncedAt: 0 })

export const useReportStore = create<ReportStoreState>()(
  persist(
    (set) => ({
      drafts: {},
      reset: (key, values, baseUpdatedAt) =>
        set((s) => ({ drafts: { ...s.drafts, [key]: { ...empty(), values, baseUpdatedAt, changedAt: 0, syncedAt: 0 } } })),
      setValue: (key, path, value) =>
        set((s) => {
          const cur = s.drafts[key] ?? empty()
          const values = { ...cur.values }
          if (value === undefined || value === '') delete values[path]
          else values[path] = value
          return { drafts: { ...s.drafts, [key]: { ...cur, values, changedAt: Date.now() } } }
        }),
      setValues: (key, values) =>
        set((s) => {
          const cur = s.drafts[key] ?? empty()
          return { drafts: { ...s.drafts, [key]: { ...cur, values: { ...cur.values, ...values }, changedAt: Date.now() } } }
        }),
      prefill: (key, from, values) =>
        set((s) => {
          const cur = s.drafts[key] ?? empty()
          if (cur.prefill) return {}
          const added = fillEmpty(cur.values, values)
          return {
            drafts: {
              ...s.drafts,
              [key]: {
                ...cur,
                values: { ...cur.values, ...added },
                prefill: { applicationId: from.applicationId, year: from.year, values: added },
              },
            },
          }
        }),
      confirm: (key, paths) =>
        set((s) => {
          const cur = s.drafts[key] ?? empty()
          return { drafts: { ...s.drafts, [key]: { ...cur, confirmedJumps: [...new Set([...cur.confirmedJumps, ...paths])] } } }
        }),
      markSynced: (key, sentAt, baseUpdatedAt) =>
        set((s) => {
          const cur = s.drafts[key]
          if (!cur) return {}
          return { drafts: { ...s.drafts, [key]: { ...cur, syncedAt: Math.max(cur.syncedAt, sentAt), baseUpdatedAt } } }
        }),
    }),
    { name: 'qqbc.report.drafts', storage: taroStorage, version: 1, partialize: (s) => ({ drafts: s.drafts }) },
  ),
)

/** Local changes the server has not acknowledged yet? */
export const isReportDirty = (d: ReportDraft | undefined) => !!d && d.changedAt > d.syncedAt
