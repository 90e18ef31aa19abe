import { validatePhone, validateUscc } from '../../../src/domain/ids'
import {
  FORM_ERROR_KEY,
  arrayOf,
  check,
  field,
  integer,
  isValid,
  number,
  object,
  oneOf,
  optional,
  recordOf,
  required,
  schemaAt,
  string,
  validate,
  validateField,
} from '../../../src/domain/validate'

const YEARS = ['2020', '2021', '2022'] as const

// shaped like an annex-1 application payload
const schema = object(
  {
    phone: field(required('请输入手机号'), check(validatePhone)),
    uscc: field(required('请输入统一社会信用代码'), check((v: string) => validateUscc(v, { kind: 'enterprise' }))),
    name: field(required('请输入企业名称'), string({ min: 2, max: 10 })),
    niceClass: field(required('请选择类别'), integer({ min: 1, max: 45 })),
    qualification: field(required('请选择资质'), oneOf(['demo', 'advantage', 'other'] as const, '请选择资质类型')),
    note: field(string({ max: 5 })),
    code: field(string({ pattern: /^[A-Z]+$/, message: '只能填大写字母' })),
    figures: recordOf(
      object(
        {
          revenue: field(required('请填写营业收入'), number({ min: 0, unit: '万元' })),
          profit: field(number({ unit: '万元' })),
        },
        check((f: { revenue: number | string; profit?: number | string }) =>
          f.profit !== undefined && Number(f.profit) > Number(f.revenue) ? '利润不能高于营业收入' : null,
        ),
      ),
      { keys: YEARS },
    ),
    members: arrayOf(object({ name: field(required('请输入姓名')) }), { min: 1, message: '至少添加 1 名成员' }),
    contact: optional(object({ email: field(string({ pattern: /@/, message: '邮箱格式不正确' })) })),
    confirmPhone: field(check((v: string, ctx) => (v !== (ctx.root as { phone: string }).phone ? '两次输入的手机号不一致' : null))),
  },
  check((v: { qualification: string; note?: string }) =>
    v.qualification === 'other' && !v.note ? '选择“其他”时请填写说明' : null,
  ),
)

const valid = () => ({
  phone: '13800000001',
  uscc: '91350100M000100Y43',
  name: '福州茶业',
  niceClass: 30,
  qualification: 'demo',
  figures: {
    '2020': { revenue: 100 },
    '2021': { revenue: 120.5, profit: 10 },
    '2022': { revenue: '150' },
  },
  members: [{ name: '张三' }],
  confirmPhone: '13800000001',
})

describe('validate', () => {
  it('returns {} for a valid payload', () => {
    expect(validate(schema, valid())).toEqual({})
    expect(isValid(schema, valid())).toBe(true)
  })

  it('keys errors by dotted paths, one message per path', () => {
    const v = valid() as any
    v.phone = '12345'
    v.uscc = '91350203M0001QAY9B'
    v.name = ''
    v.niceClass = 46
    v.qualification = 'x'
    v.figures['2022'].revenue = -1
    v.members = [{ name: '张三' }, { name: ' ' }]
    v.confirmPhone = '13900000000'
    expect(validate(schema, v)).toEqual({
      phone: '请输入正确的 11 位手机号',
      uscc: '校验位应为 9，请核对是否输错',
      name: '请输入企业名称',
      niceClass: '不能超过 45',
      qualification: '请选择资质类型',
      'figures.2022.revenue': '不能为负数',
      'members.1.name': '请输入姓名',
      confirmPhone: '两次输入的手机号不一致',
    })
  })

  it('reports missing required keys of a record and nested objects', () => {
    const v = valid() as any
    delete v.figures['2021']
    v.figures['2020'] = {}
    expect(validate(schema, v)).toEqual({
      'figures.2020.revenue': '请填写营业收入',
      'figures.2021': '此项为必填项',
    })
    delete v.figures
    expect(validate(schema, v)).toEqual({ figures: '此项为必填项' })
  })

  it('fields without required() skip empty values; optional objects may be absent', () => {
    const v = { ...valid(), note: '', code: undefined, contact: undefined }
    expect(validate(schema, v)).toEqual({})
    expect(validate(schema, { ...valid(), contact: { email: 'x' } })).toEqual({ 'contact.email': '邮箱格式不正确' })
    expect(validate(schema, { ...valid(), contact: {} })).toEqual({})
  })

  it('string() checks length in characters and pattern with a custom message', () => {
    expect(validate(schema, { ...valid(), name: '福' })).toEqual({ name: '至少输入 2 个字' })
    expect(validate(schema, { ...valid(), name: '一二三四五六七八九十' })).toEqual({})
    expect(validate(schema, { ...valid(), name: '一二三四五六七八九十一' })).toEqual({ name: '最多输入 10 个字' })
    expect(validate(schema, { ...valid(), code: 'ab' })).toEqual({ code: '只能填大写字母' })
    expect(validate(schema, { ...valid(), name: 42 })).toEqual({ name: '请输入文字' })
  })

  it('integer() and number() accept numeric strings and reject the rest', () => {
    expect(validate(schema, { ...valid(), niceClass: '35' })).toEqual({})
    expect(validate(schema, { ...valid(), niceClass: 3.5 })).toEqual({ niceClass: '请输入整数' })
    expect(validate(schema, { ...valid(), niceClass: 0 })).toEqual({ niceClass: '不能小于 1' })
    expect(validate(schema, { ...valid(), niceClass: 'abc' })).toEqual({ niceClass: '请输入数字' })
    expect(validate(object({ n: field(number({ message: '请填写金额' })) }), { n: 'x' })).toEqual({ n: '请填写金额' })
  })

  it('arrayOf() checks counts and shape', () => {
    expect(validate(schema, { ...valid(), members: [] })).toEqual({ members: '至少添加 1 名成员' })
    expect(validate(schema, { ...valid(), members: 'x' })).toEqual({ members: '格式不正确' })
    const s = object({ tags: arrayOf(field(required()), { max: 2 }) })
    expect(validate(s, { tags: ['a', 'b', 'c'] })).toEqual({ tags: '最多 2 项' })
    expect(validate(s, { tags: ['a', ''] })).toEqual({ 'tags.1': '此项为必填项' })
  })

  it('runs object-level rules at the object path, only when the parts are valid', () => {
    const v = valid() as any
    v.figures['2021'].profit = 200
    expect(validate(schema, v)).toEqual({ 'figures.2021': '利润不能高于营业收入' })
    expect(validate(schema, { ...valid(), qualification: 'other' })).toEqual({ [FORM_ERROR_KEY]: '选择“其他”时请填写说明' })
    expect(validate(schema, { ...valid(), qualification: 'other', note: '省级优秀' })).toEqual({})
    expect(validate(schema, { ...valid(), qualification: 'other', name: '' })).toEqual({ name: '请输入企业名称' })
  })

  it('rejects a non-object payload', () => {
    expect(validate(schema, 'nope')).toEqual({ [FORM_ERROR_KEY]: '格式不正确' })
    expect(validate(schema, null)).toEqual({ [FORM_ERROR_KEY]: '此项为必填项' })
  })

  it('optional() removes the required rule of a field', () => {
    const s = object({ a: optional(field(required('必填'), string({ max: 2 }))) })
    expect(validate(s, {})).toEqual({})
    expect(validate(s, { a: 'abc' })).toEqual({ a: '最多输入 2 个字' })
  })
})

describe('validateField (as you type)', () => {
  it('checks one value at a dotted path', () => {
    expect(validateField(schema, 'phone', '138')).toBe('请输入正确的 11 位手机号')
    expect(validateField(schema, 'phone', '')).toBe('请输入手机号')
    expect(validateField(schema, 'phone', '13800000001')).toBeNull()
    expect(validateField(schema, 'figures.2022.revenue', '-1')).toBe('不能为负数')
    expect(validateField(schema, 'figures.2022.revenue', '12.5')).toBeNull()
    expect(validateField(schema, 'members.3.name', '')).toBe('请输入姓名')
  })
  it('returns the first nested error for an object path, null for unknown paths', () => {
    expect(validateField(schema, 'figures.2022', {})).toBe('请填写营业收入')
    expect(validateField(schema, 'nope', 'x')).toBeNull()
    expect(validateField(schema, 'members.x.name', 'x')).toBeNull()
  })
  it('passes root and parent to cross-field rules', () => {
    expect(validateField(schema, 'confirmPhone', '13900000000', { phone: '13800000001' })).toBe('两次输入的手机号不一致')
    expect(validateField(schema, 'confirmPhone', '13800000001', { phone: '13800000001' })).toBeNull()
    const s = object({ a: object({ min: field(), max: field(check((v: number, ctx) => (v < (ctx.parent as any).min ? '上限不能小于下限' : null))) }) })
    expect(validateField(s, 'a.max', 1, { a: { min: 5 } })).toBe('上限不能小于下限')
  })
  it('schemaAt finds sub-schemas', () => {
    expect(schemaAt(schema, 'figures.2020.revenue')?.type).toBe('field')
    expect(schemaAt(schema, 'members.0')?.type).toBe('object')
    expect(schemaAt(schema, '')).toBe(schema)
  })
})
