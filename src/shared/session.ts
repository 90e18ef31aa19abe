import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Session, User } from '@/domain/contract'
import { taroStorage } from './storage'

interface SessionState {
  session: Session | null
  /** what the user typed last time, to prefill the sign-in form */
  lastPhone: string
  setSession: (session: Session) => void
  clear: () => void
}

/**
 * The signed-in session. Read outside React with `useSession.getState()` (the request layer does).
 * Persisted so a reload or an app restart keeps the user signed in.
 */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      session: null,
      lastPhone: '',
      setSession: (session) => set({ session, lastPhone: session.user.phone }),
      clear: () => set({ session: null }),
    }),
    { name: 'qqbc.session', storage: taroStorage, version: 1 },
  ),
)

export const currentUser = (): User | null => useSession.getState().session?.user ?? null
