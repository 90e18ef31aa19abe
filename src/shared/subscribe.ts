import Taro from '@tarojs/taro'

/** Subscribe-message template ids (configured in the WeChat admin console; placeholders for the mock). */
export const SUBSCRIBE_TEMPLATES = {
  bookingReminder: 'TPL_BOOKING_REMINDER',
  bookingStatus: 'TPL_BOOKING_STATUS',
  applicationStatus: 'TPL_APPLICATION_STATUS',
  callReminder: 'TPL_CALL_REMINDER',
} as const

/**
 * Ask for one-time subscribe-message consent at the moment it matters (booking, submitting).
 * weapp only; resolves to the accepted template ids (never throws — consent is optional).
 * On H5 it resolves to [] and the in-app notices carry the same information.
 */
export async function askSubscribe(templateIds: string[]): Promise<string[]> {
  if (process.env.TARO_ENV !== 'weapp') return []
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] } as any)) as unknown as Record<string, string>
    return templateIds.filter((id) => res[id] === 'accept')
  } catch {
    return []
  }
}
