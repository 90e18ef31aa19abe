// Visit-log drafts: saved locally on every change (zustand persist over Taro storage), so a draft survives an app
// kill and going offline; removed once the server has the visit. Keyed by the booking it completes, or by the
// staff member for a visit without a booking. Photos are kept as their upload ids (uploaded as soon as chosen).
// Each draft carries the idempotency key of its submission, made once with the draft: a resend after a lost
// answer or an app kill sends the same key, and the server answers with the visit it already logged.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ServiceTopic, VisitFormContext } from '@/domain/contract'
import type { VisitMode, VisitPhoto } from '@/domain/visits'
import { taroStorage } from '@/shared'

export interface VisitDraft {
  bookingId?: string
  date: string
  clientKind: 'org' | 'walk_in'
  orgId: string
  walkInName: string
  walkInPhone: string
  mode: VisitMode
  topics: ServiceTopic[]
  asked: string
  advised: string
  outcome: string
  followUpOn: string
  photos: VisitPhoto[]
  withNote: boolean
  noteTitle: string
  noteBody: string
  /** made once per draft, sent with every submission of it (drafts saved before keys existed get one on submit) */
  idempotencyKey?: string
  /** ms timestamp of the last local change */
  changedAt: number
}

export const draftKeyFor = (userId: string, bookingId?: string) => (bookingId ? `booking:${bookingId}` : `new:${userId}`)

export const newVisitKey = (): string => {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `vs-${Date.now().toString(36)}-${rand()}${rand()}`.slice(0, 64)
}

export const emptyDraft = (today: string): VisitDraft => ({
  date: today,
  clientKind: 'org',
  orgId: '',
  walkInName: '',
  walkInPhone: '',
  mode: 'onsite',
  topics: [],
  asked: '',
  advised: '',
  outcome: '',
  followUpOn: '',
  photos: [],
  withNote: false,
  noteTitle: '商标指导服务建议书',
  noteBody: '',
  idempotencyKey: newVisitKey(),
  changedAt: 0,
})

interface VisitStoreState {
  drafts: Record<string, VisitDraft>
  /** the form's options last loaded (topics, clients): the form still works offline */
  formContext?: VisitFormContext
  setFormContext: (c: VisitFormContext) => void
  ensure: (key: string, init: () => VisitDraft) => VisitDraft
  patch: (key: string, p: Partial<VisitDraft>) => void
  /** the draft's submission key (made and kept now if the draft has none) */
  keyFor: (key: string) => string
  discard: (key: string) => void
}

export const useVisitStore = create<VisitStoreState>()(
  persist(
    (set, get) => ({
      drafts: {},
      formContext: undefined,
      setFormContext: (formContext) => set({ formContext }),
      ensure: (key, init) => {
        const existing = get().drafts[key]
        if (existing) return existing
        const d = init()
        set((s) => ({ drafts: { ...s.drafts, [key]: d } }))
        return d
      },
      patch: (key, p) => {
        const d = get().drafts[key]
        if (!d) return
        set((s) => ({ drafts: { ...s.drafts, [key]: { ...d, ...p, changedAt: Date.now() } } }))
      },
      keyFor: (key) => {
        const d = get().drafts[key]
        if (d?.idempotencyKey) return d.idempotencyKey
        const k = newVisitKey()
        // not a user change: changedAt stays
        if (d) set((s) => ({ drafts: { ...s.drafts, [key]: { ...d, idempotencyKey: k } } }))
        return k
      },
      discard: (key) =>
        set((s) => {
          const { [key]: _gone, ...rest } = s.drafts
          return { drafts: rest }
        }),
    }),
    { name: 'qqbc.visits', storage: taroStorage, version: 1 },
  ),
)
