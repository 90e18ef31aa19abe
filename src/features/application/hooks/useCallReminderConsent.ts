// Subscribe-message consent for the call reminders (7 days and 1 day before the close, while the application
// is still a draft). WeChat shows its consent dialog only inside a tap, so it is asked on the form's
// 下一步 tap — the moment the draft is saved to the server — while a call of the applicant's province is
// open, once per call on this device. On H5 nothing is asked: the in-app notices carry the same reminder.
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { getCurrentCall, recordSubscription } from '@/api'
import { askSubscribe, SUBSCRIBE_TEMPLATES } from '@/shared'

const askedKey = (userId: string, callId: string) => `call-reminder-asked:${userId}:${callId}`

/**
 * Returns a function to call synchronously inside a tap; it asks at most once per open call.
 * `weapp` and `ask` are parameters so tests can run the weapp path (the build inlines TARO_ENV).
 */
export function useCallReminderConsent(
  userId: string | undefined,
  weapp: boolean = process.env.TARO_ENV === 'weapp',
  ask: (templateIds: string[]) => Promise<string[]> = askSubscribe,
): () => void {
  const openCallId = useRef<string>()
  useEffect(() => {
    if (!userId || !weapp) return
    let live = true
    void getCurrentCall().then((r) => {
      if (live && r.ok && r.data.open) openCallId.current = r.data.open.id
    })
    return () => {
      live = false
    }
  }, [userId, weapp])
  return () => {
    const callId = openCallId.current
    if (!weapp || !userId || !callId || Taro.getStorageSync(askedKey(userId, callId))) return
    Taro.setStorageSync(askedKey(userId, callId), '1')
    const t = SUBSCRIBE_TEMPLATES.callReminder
    void ask([t]).then((accepted) => recordSubscription({ templateId: t, accepted: accepted.includes(t) }))
  }
}
