// Drafts of the association's forms (add a member, add use evidence): saved locally on every keystroke
// (zustand persist over Taro storage), so a refused submission, a crash or an app kill loses nothing typed.
// Keyed by user (and, for evidence, by the member or mark it is for).
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { taroStorage } from '@/shared'

export interface MemberDraft {
  uscc: string
  name: string
  /** undefined until chosen */
  sme?: boolean
  /** as typed: separated by 、，, or spaces */
  products: string
  licenceStart: string
  licenceEnd: string
  on: string
  reason: string
}

export interface EvidenceDraft {
  on: string
  kind?: string
  description: string
  fileIds: string[]
}

interface DraftState {
  members: Record<string, MemberDraft>
  evidence: Record<string, EvidenceDraft>
  setMember: (key: string, patch: Partial<MemberDraft>, init: () => MemberDraft) => void
  clearMember: (key: string) => void
  setEvidence: (key: string, patch: Partial<EvidenceDraft>, init: () => EvidenceDraft) => void
  clearEvidence: (key: string) => void
}

export const useMemberDrafts = create<DraftState>()(
  persist(
    (set) => ({
      members: {},
      evidence: {},
      setMember: (key, patch, init) => set((s) => ({ members: { ...s.members, [key]: { ...(s.members[key] ?? init()), ...patch } } })),
      clearMember: (key) =>
        set((s) => {
          const { [key]: _gone, ...rest } = s.members
          return { members: rest }
        }),
      setEvidence: (key, patch, init) => set((s) => ({ evidence: { ...s.evidence, [key]: { ...(s.evidence[key] ?? init()), ...patch } } })),
      clearEvidence: (key) =>
        set((s) => {
          const { [key]: _gone, ...rest } = s.evidence
          return { evidence: rest }
        }),
    }),
    { name: 'qqbc.members.drafts', storage: taroStorage },
  ),
)

/** "漆画、漆盘, 茶具" → ["漆画", "漆盘", "茶具"] */
export const splitProducts = (s: string): string[] =>
  s
    .split(/[、，,;；\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)
