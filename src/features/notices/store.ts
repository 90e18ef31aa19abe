import { create } from 'zustand'
import { listNotices, markAllNoticesRead, markNoticeRead } from '@/api'
import type { ApiError } from '@/api'
import type { Notice } from '@/domain/contract'

interface NoticesState {
  items?: Notice[]
  unread: number
  error?: ApiError
  load: () => Promise<void>
  markRead: (id: string) => Promise<void>
  markAllRead: () => Promise<boolean>
}

/** In-app notices (站内消息): one store for the capability (the home badge can read `unread`). */
export const useNoticesStore = create<NoticesState>()((set, get) => ({
  items: undefined,
  unread: 0,
  error: undefined,
  load: async () => {
    const res = await listNotices()
    if (res.ok) set({ items: res.data.items, unread: res.data.unread, error: undefined })
    else set({ error: res.error })
  },
  markRead: async (id) => {
    const items = get().items || []
    const target = items.find((n) => n.id === id)
    if (!target || target.read) return
    // optimistic: reading is harmless; put it back if the server refuses
    set({ items: items.map((n) => (n.id === id ? { ...n, read: true } : n)), unread: Math.max(0, get().unread - 1) })
    const res = await markNoticeRead(id)
    if (!res.ok) set({ items: get().items?.map((n) => (n.id === id ? { ...n, read: false } : n)), unread: get().unread + 1 })
  },
  markAllRead: async () => {
    const res = await markAllNoticesRead()
    if (res.ok) set({ items: get().items?.map((n) => ({ ...n, read: true })), unread: 0 })
    return res.ok
  },
}))
