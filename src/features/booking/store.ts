import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BookingMode, ServiceTopic, VisitLogDraft } from '@/domain/contract'
import { taroStorage } from '@/shared'

export interface BookingDraft {
  stationId: string
  date?: string
  slotId?: string
  /** "YYYY-MM-DDTHH:mm" of the chosen slot, for the summary */
  startsAt?: string
  endsAt?: string
  topic?: ServiceTopic
  description: string
  mode: BookingMode
  /** generated once per submission attempt; reused by retries and double taps */
  idempotencyKey?: string
  /** what the key was generated for: a changed booking gets a new key */
  keyFor?: string
}

interface BookingState {
  draft: BookingDraft | null
  /** last description typed, to prefill the next booking */
  lastDescription: string
  /** prefilled visit logs returned by /complete, by booking id (the reporting feature picks them up) */
  visitLogs: Record<string, VisitLogDraft>
  startDraft: (stationId: string) => void
  patch: (p: Partial<BookingDraft>) => void
  /** the idempotency key for the current payload (created once, then reused) */
  keyForAttempt: () => string
  clearDraft: () => void
  saveVisitLog: (d: VisitLogDraft) => void
}

export function newIdempotencyKey(): string {
  const rand = () => Math.random().toString(36).slice(2, 10)
  return `bk-${Date.now().toString(36)}-${rand()}${rand()}`.slice(0, 64)
}

const payloadSig = (d: BookingDraft) => JSON.stringify([d.slotId, d.topic, d.description.trim(), d.mode])

/** One store for the booking capability: the draft being booked (persisted, so a crash or retry resumes). */
export const useBookingStore = create<BookingState>()(
  persist(
    (set, get) => ({
      draft: null,
      lastDescription: '',
      visitLogs: {},
      startDraft: (stationId) => {
        const d = get().draft
        if (d && d.stationId === stationId) return
        set({ draft: { stationId, description: '', mode: 'onsite' } })
      },
      patch: (p) => {
        const d = get().draft
        if (!d) return
        set({ draft: { ...d, ...p }, ...(p.description !== undefined ? { lastDescription: p.description } : {}) })
      },
      keyForAttempt: () => {
        const d = get().draft
        if (!d) return newIdempotencyKey()
        const sig = payloadSig(d)
        if (d.idempotencyKey && d.keyFor === sig) return d.idempotencyKey
        const key = newIdempotencyKey()
        set({ draft: { ...d, idempotencyKey: key, keyFor: sig } })
        return key
      },
      clearDraft: () => set({ draft: null }),
      saveVisitLog: (v) => set({ visitLogs: { ...get().visitLogs, [v.bookingId]: v } }),
    }),
    { name: 'qqbc.booking', storage: taroStorage, version: 1 },
  ),
)
