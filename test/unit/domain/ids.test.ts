import {
  USCC_CHARSET,
  USCC_WEIGHTS,
  diagnoseUscc,
  niceClassKind,
  normalizeTrademarkNo,
  normalizeUscc,
  usccCheckChar,
  validateAmount,
  validateNiceClass,
  validatePhone,
  validateSmsCode,
  validateTrademarkNo,
  validateUscc,
  usccWarnings,
} from '../../../src/domain/ids'

/** a valid code with the given 17-character body */
const withCheck = (first17: string) => first17 + usccCheckChar(first17)

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('uses the 31-character set without I O S V Z and weights 3^i mod 31', () => {
    expect(USCC_CHARSET).toHaveLength(31)
    for (const c of 'IOSVZ') expect(USCC_CHARSET).not.toContain(c)
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
  })

  it.each(['91350100M000100Y43', '914403001922038216', '91440300708461136T'])('accepts the published sample code %s', (code) => {
    expect(validateUscc(code)).toBeNull()
    expect(validateUscc(code, { kind: 'enterprise' })).toBeNull()
    expect(validateUscc(code, { kind: 'station' })).toBeNull()
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17])
  })

  it('rejects 91350203M0001QAY9B and says the check character should be 9', () => {
    expect(usccCheckChar('91350203M0001QAY9')).toBe('9')
    expect(validateUscc('91350203M0001QAY9B')).toContain('校验位应为 9')
    expect(diagnoseUscc('91350203M0001QAY9B')).toMatchObject({ code: 'check', expected: '9' })
    expect(validateUscc('91350203M0001QAY99')).toBeNull()
  })

  it('reports a wrong length with the current length', () => {
    expect(validateUscc('91350100M000100Y4')).toBe('统一社会信用代码应为 18 位，当前为 17 位')
    expect(diagnoseUscc('91350100M000100Y431')?.code).toBe('length')
    expect(validateUscc('')).toBe('请输入统一社会信用代码')
  })

  it.each(['I', 'O', 'S', 'V', 'Z', '-', '中'])('reports the illegal character %s and its position', (c) => {
    const code = '91350100M000100' + c + '43'
    const p = diagnoseUscc(code)
    expect(p?.code).toBe('char')
    expect(p?.message).toContain(`第 16 位“${c}”不是有效字符`)
  })

  it('asks for capital letters, and normalizeUscc fixes case and blanks', () => {
    expect(validateUscc('91350100m000100Y43')).toContain('字母须大写')
    expect(normalizeUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43')
    expect(validateUscc(normalizeUscc('9135 0100 m000 100y43'))).toBeNull()
  })

  it('requires digits in the area code (positions 3–8)', () => {
    expect(diagnoseUscc(withCheck('91A50100M000100Y4'))?.code).toBe('area')
  })

  it('checks the registration type for the applicant kind', () => {
    const association = withCheck('51350100MJ0000001')
    const publicInstitution = withCheck('12350100MB0000001')
    const foundation = withCheck('53350100MJ0000002')
    const nonProfit = withCheck('52350100MJ0000003')
    const soleTrader = withCheck('92350100MA0000004')
    const coop = withCheck('93350100MA0000005')
    const agency = withCheck('11350100000000006')

    expect(validateUscc(association, { kind: 'association' })).toBeNull()
    expect(validateUscc(publicInstitution, { kind: 'association' })).toBeNull()
    expect(validateUscc(foundation, { kind: 'association' })).toBeNull()
    expect(validateUscc(nonProfit, { kind: 'association' })).toBeNull()
    expect(validateUscc('91350100M000100Y43', { kind: 'association' })).toContain('51、52、53')

    expect(validateUscc(soleTrader, { kind: 'enterprise' })).toBeNull()
    expect(validateUscc(coop, { kind: 'enterprise' })).toBeNull()
    expect(validateUscc(association, { kind: 'enterprise' })).toBe('企业的统一社会信用代码应以 91、92 或 93 开头')
    expect(diagnoseUscc(agency, { kind: 'enterprise' })?.code).toBe('prefix')

    // stations: any valid code
    for (const c of [association, publicInstitution, agency, soleTrader]) expect(validateUscc(c, { kind: 'station' })).toBeNull()
  })

  it('prefers a bad check character over a wrong prefix (so staff can see what is wrong first)', () => {
    expect(diagnoseUscc('51350203M0001QAY9B', { kind: 'enterprise' })?.code).toBe('check')
  })

  it('usccCheckChar throws on bad input', () => {
    expect(() => usccCheckChar('123')).toThrow(RangeError)
    expect(() => usccCheckChar('91350100M000100YS')).toThrow(RangeError)
  })
})

describe('trademark numbers', () => {
  it.each(['12345678', '1', '1234', '12345678A', '1234567A', 'G1234567', 'G123456H', 'G1234567H'])('accepts %s', (no) => {
    expect(validateTrademarkNo(no)).toBeNull()
  })
  it.each(['0123', 'A123', '1234B', 'G', 'g123456', '12345678H', 'G123A', '1234 5678', 'GG123'])('rejects %s', (no) => {
    expect(validateTrademarkNo(no)).toContain('格式不正确')
  })
  it('says too many digits for 9+ digits, asks for input when empty', () => {
    expect(validateTrademarkNo('123456789')).toBe('商标注册号最多 8 位数字')
    expect(validateTrademarkNo('')).toBe('请输入商标注册号')
  })
  it('normalizes case and blanks', () => {
    expect(normalizeTrademarkNo(' g123456h ')).toBe('G123456H')
  })
})

describe('phone and SMS code', () => {
  it.each(['13800000001', '19912345678', '15000000000'])('accepts %s', (p) => expect(validatePhone(p)).toBeNull())
  it.each(['12800000001', '1380000000', '138000000012', '23800000001', '1380000000a', '+8613800000001'])('rejects %s', (p) => {
    expect(validatePhone(p)).toBe('请输入正确的 11 位手机号')
  })
  it('asks for a phone when empty', () => expect(validatePhone('')).toBe('请输入手机号'))
  it('checks the 6-digit SMS code', () => {
    expect(validateSmsCode('246810')).toBeNull()
    expect(validateSmsCode('24681')).toBe('验证码为 6 位数字')
    expect(validateSmsCode('2468100')).toBe('验证码为 6 位数字')
    expect(validateSmsCode('abcdef')).toBe('验证码为 6 位数字')
    expect(validateSmsCode('')).toBe('请输入验证码')
  })
})

describe('Nice classes', () => {
  it.each([1, 34, 35, 45, '9'])('accepts %p', (n) => expect(validateNiceClass(n)).toBeNull())
  it.each([0, 46, 1.5, -3, 'abc', NaN])('rejects %p', (n) => expect(validateNiceClass(n)).toBe('尼斯分类应为 1–45 的整数'))
  it('asks for a class when empty', () => expect(validateNiceClass(undefined)).toBe('请选择尼斯分类'))
  it('1–34 goods, 35–45 services', () => {
    expect(niceClassKind(1)).toBe('goods')
    expect(niceClassKind(34)).toBe('goods')
    expect(niceClassKind(35)).toBe('services')
    expect(niceClassKind(45)).toBe('services')
    expect(niceClassKind(46)).toBeNull()
    expect(niceClassKind(0)).toBeNull()
  })
})

describe('validateAmount', () => {
  it('accepts amounts in 万元 (numbers and numeric strings)', () => {
    expect(validateAmount(0, { unit: '万元' })).toBeNull()
    expect(validateAmount(12.5, { unit: '万元' })).toBeNull()
    expect(validateAmount('1234.56', { unit: '万元' })).toBeNull()
  })
  it('rejects negatives by default and non-numbers', () => {
    expect(validateAmount(-1, { unit: '万元' })).toBe('不能为负数')
    expect(validateAmount('abc')).toBe('请输入数字')
    expect(validateAmount('1e3')).toBe('请输入数字')
    expect(validateAmount(Infinity)).toBe('请输入数字')
    expect(validateAmount('')).toBe('请输入数值')
    expect(validateAmount(null)).toBe('请输入数值')
  })
  it('honours min, max with unit, integer counts and decimals', () => {
    expect(validateAmount(101, { max: 100, unit: '万元' })).toBe('不能超过 100万元')
    expect(validateAmount(100, { max: 100, unit: '万元' })).toBeNull()
    expect(validateAmount(3.5, { integer: true, unit: '人' })).toBe('请输入整数')
    expect(validateAmount('12', { integer: true, unit: '人' })).toBeNull()
    expect(validateAmount(-50, { min: -100, unit: '%' })).toBeNull()
    expect(validateAmount(-150, { min: -100, unit: '%' })).toBe('不能小于 -100%')
    expect(validateAmount('1.234', { decimals: 2 })).toBe('最多保留 2 位小数')
    expect(validateAmount('1.23', { decimals: 2 })).toBeNull()
  })
})

describe('USCC registration types and region (characters 1–2 and 3–8)', () => {
  // 17 characters: type (2) + area (6) + organisation code (9); the check character is computed
  const code = (type: string, area: string) => withCheck(`${type}${area}MA2Y0K7Q1`)
  it.each(['51', '52', '53', '12', '11', '93', 'N1', 'N2', 'N3', 'N9'])('a regional-brand holder may start %s', (type) => {
    expect(validateUscc(code(type, '350100'), { kind: 'association' })).toBeNull()
  })
  it.each(['91', '92', 'Y1', '13'])('a regional-brand holder starting %s is refused with the accepted list', (type) => {
    expect(validateUscc(code(type, '350100'), { kind: 'association' })).toMatch(/93（农民专业合作社）.*N1/)
  })
  it('enterprises keep 91 / 92 / 93', () => {
    expect(validateUscc(code('93', '350100'), { kind: 'enterprise' })).toBeNull()
    expect(validateUscc(code('N1', '350100'), { kind: 'enterprise' })).toMatch(/91、92 或 93/)
  })
  it('characters 3–4 must be a real province code (10 = national registration)', () => {
    expect(diagnoseUscc(code('91', '990100'))).toMatchObject({ code: 'area', message: expect.stringContaining('“99”') })
    expect(diagnoseUscc(code('91', '000000'))?.code).toBe('area')
    expect(validateUscc(code('91', '100000'))).toBeNull()
  })
  it('and agree with the organisation province; national registrations agree with any', () => {
    expect(diagnoseUscc(code('51', '350100'), { kind: 'association', provinceCode: '350000' })).toBeNull()
    expect(diagnoseUscc(code('51', '330100'), { kind: 'association', provinceCode: '350000' })).toMatchObject({
      code: 'province',
      message: expect.stringContaining('不一致'),
    })
    expect(diagnoseUscc(code('91', '100000'), { provinceCode: '350000' })).toBeNull()
  })
  it('an unknown county code is a warning, never a refusal', () => {
    const abolished = code('51', '350121') // e.g. a county merged into a district: old licences keep the code
    const known = (area: string) => area === '350100'
    expect(validateUscc(abolished, { kind: 'association', provinceCode: '350000' })).toBeNull()
    expect(usccWarnings(abolished, known)).toEqual([expect.stringContaining('350121')])
    expect(usccWarnings(code('51', '350100'), known)).toEqual([])
    expect(usccWarnings('not a code', known)).toEqual([])
  })
})
