// The zod declarations (src/domain/contract) as the app and the mock use them: field errors keyed by path with
// Chinese messages, required vs optional explicit, strict objects, query numbers, and validateField.
import {
  AlertQuerySchema,
  CreateBookingRequestSchema,
  HandleAlertRequestSchema,
  StationQuerySchema,
  UpdateAvailabilityRequestSchema,
  WechatLoginRequestSchema,
} from '../../../src/domain/contract'
import { ReviewListQuerySchema } from '../../../src/domain/contract/application'
import { validateAvailability } from '../../../src/domain/booking'
import { validate, validateField } from '../../../src/domain/validate'
import { z } from '../../../src/domain/contract/z'

const CJK = /[\u4e00-\u9fa5]/
const rules = {
  slotMinutes: 30,
  capacity: 2,
  windows: [{ start: '09:00', end: '12:00' }],
  closedDates: [],
  horizonDays: 14,
  cancelCutoffHours: 24,
  visitAllowed: true,
}

test('zod runs jitless with zh-CN messages (WeChat forbids new Function)', () => {
  expect(z.config().jitless).toBe(true)
  const r = z.safeParse(z.strictObject({ n: z.number() }), { n: 'x' })
  expect(r.success ? '' : r.error.issues[0].message).toMatch(CJK)
})

describe('availability: every field required, none nullable, unknown keys refused', () => {
  test('valid rules pass', () => expect(validateAvailability(rules)).toEqual({}))
  test.each(['cancelCutoffHours', 'slotMinutes', 'visitAllowed', 'windows', 'closedDates'])(
    '%s missing → its own Chinese message',
    (key) => {
      const { [key as keyof typeof rules]: _drop, ...rest } = rules
      const errs = validateAvailability(rest)
      expect(Object.keys(errs)).toEqual([key])
      expect(errs[key]).toMatch(CJK)
    },
  )
  test('null, a string, out of range', () => {
    expect(validateAvailability({ ...rules, cancelCutoffHours: null }).cancelCutoffHours).toBe('请填写取消截止时间')
    expect(validateAvailability({ ...rules, cancelCutoffHours: '24' }).cancelCutoffHours).toBe('请输入数字')
    expect(validateAvailability({ ...rules, cancelCutoffHours: 169 }).cancelCutoffHours).toBe('不能超过 168 小时')
    expect(validateAvailability({ ...rules, cancelCutoffHours: 1.5 }).cancelCutoffHours).toBe('请输入整数')
  })
  test('window rules report at the window, unknown keys at their own path', () => {
    expect(validateAvailability({ ...rules, windows: [{ start: '12:00', end: '09:00' }] })).toEqual({
      'windows.0': '结束时间应晚于开始时间',
    })
    expect(validateAvailability({ ...rules, windows: [{ start: '09:00', end: '09:15' }] })).toEqual({
      'windows.0': '办公时段短于一个预约时段',
    })
    expect(validateAvailability({ ...rules, windows: [{ start: '9:00', end: '12:00' }] })).toEqual({
      'windows.0.start': '时间格式应为 HH:mm',
    })
    expect(validate(UpdateAvailabilityRequestSchema, { ...rules, stationId: 'X' })).toEqual({ stationId: '不支持该字段，请删除' })
    expect(validateAvailability({ ...rules, closedDates: ['2026-02-30'] })['closedDates.0']).toMatch(/不是有效日期/)
  })
})

test('optional bodies: absent or {} is fine, null / arrays / wrong types are not', () => {
  expect(validate(HandleAlertRequestSchema, undefined)).toEqual({})
  expect(validate(HandleAlertRequestSchema, {})).toEqual({})
  expect(validate(HandleAlertRequestSchema, { note: [] }).note).toMatch(CJK)
  expect(validate(HandleAlertRequestSchema, null)._form).toMatch(CJK)
})

test('booking request: Chinese field messages a person can act on', () => {
  const errs = validate(CreateBookingRequestSchema, { slotId: 'nope', topic: 'x', description: '太短', mode: 'car', idempotencyKey: '' })
  expect(errs).toEqual({
    slotId: '请选择预约时段',
    topic: '请选择咨询主题',
    description: '问题描述至少输入 5 个字',
    mode: '请选择服务方式',
    idempotencyKey: '请求标识无效，请刷新页面后重试',
  })
  expect(validate(CreateBookingRequestSchema, {}).description).toBe('请简要描述需要咨询的问题')
})

test('wechat login: a phone number without the SMS code is refused', () => {
  expect(validate(WechatLoginRequestSchema, { code: 'abc', phone: '13800000001' })).toEqual({ smsCode: '请输入短信验证码' })
  expect(validate(WechatLoginRequestSchema, { code: 'abc' })).toEqual({})
})

describe('queries', () => {
  test.each(['abc', '0', '-1', '1e308', '1.5', '201', ''])('limit=%s is refused', (limit) => {
    expect(validate(ReviewListQuerySchema, { limit })).toEqual({ limit: '每页数量应为 1–200 的整数' })
  })
  test('numbers are parsed, enums and empty strings checked', () => {
    expect(z.parse(StationQuerySchema, { limit: '30', lat: '26.08', lng: '119.3' })).toEqual({ limit: 30, lat: 26.08, lng: 119.3 })
    expect(validate(StationQuerySchema, { provinceCode: '' }).provinceCode).toMatch(CJK)
    expect(validate(StationQuerySchema, { lat: '26' })).toEqual({ lng: '经纬度需同时提供' })
    expect(validate(AlertQuerySchema, { status: 'bogus' })).toEqual({ status: '状态应为 open、handled 或 all' })
    expect(validate(ReviewListQuerySchema, { status: 'submitted,draft' }).status).toBe('状态筛选不正确')
    expect(z.parse(ReviewListQuerySchema, { year: 'all' })).toEqual({ year: 'all' })
  })
})

test('validateField: one field of a nested payload, with the rest of the payload for cross-field rules', () => {
  expect(validateField(UpdateAvailabilityRequestSchema, 'cancelCutoffHours', 200, rules)).toBe('不能超过 168 小时')
  expect(validateField(UpdateAvailabilityRequestSchema, 'cancelCutoffHours', 12, rules)).toBeNull()
  expect(validateField(UpdateAvailabilityRequestSchema, 'windows', [{ start: '09:00', end: '09:10' }], rules)).toBe(
    '办公时段短于一个预约时段',
  )
})
