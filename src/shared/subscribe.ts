import Taro from '@tarojs/taro'

// the template ids are declared once, beside the contract (the mock sends to the same ids)
export { SUBSCRIBE_TEMPLATES } from '@/domain/contract/labels'

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
