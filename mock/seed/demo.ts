// The five demo accounts (the sign-in page lists them; the SMS code is fixed in development), plus a second
// demo enterprise in the same province, listed after them.
import type { Role } from '../../src/domain/contract'

export const DEMO_PHONES: Record<Role, string> = {
  enterprise: '13800000001',
  association: '13800000002',
  staff: '13800000003',
  province: '13800000004',
  national: '13800000005',
}
export const DEMO_DESCRIPTIONS: Record<Role, string> = {
  enterprise: '福州闽江源食品有限公司（福州市鼓楼区），已对接鼓楼区指导站，有待处理的商标风险提醒',
  association: '福州市脱胎漆器行业协会，区域品牌「福州脱胎漆器」证明商标持有人',
  staff: '福州市鼓楼区商标品牌指导站工作人员',
  province: '福建省知识产权局审核人员（省级推荐，350000）',
  national: '国家知识产权局商标局复核人员',
}
export const DEMO_USER_IDS: Record<Role, string> = {
  enterprise: 'US000001',
  association: 'US000002',
  staff: 'US000003',
  province: 'US000004',
  national: 'US000005',
}

/**
 * A second enterprise of 福建省 with a known phone: a seeded Fuzhou enterprise (not the first demo one) gets
 * this contact number, so two enterprises can be signed in to see one province call from both sides (one
 * submits in the batch, the other is refused after it closes). Its user id is handed out with the others.
 */
export const DEMO_SECOND_ENTERPRISE = {
  role: 'enterprise' as const,
  phone: '13800000006',
  description: '福建省福州市的另一家企业（与 13800000001 同省，可体验申报批次截止后的提交）',
}
