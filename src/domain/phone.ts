// Phone number and SMS code checks: null when valid, else a Chinese message. A module of their own because the
// sign-in page (mini-program main package) needs only these, not the rest of ids.ts.

export function validatePhone(phone: string): string | null {
  if (typeof phone !== 'string' || phone.trim() === '') return '请输入手机号'
  return /^1[3-9]\d{9}$/.test(phone) ? null : '请输入正确的 11 位手机号'
}

export function validateSmsCode(code: string): string | null {
  if (typeof code !== 'string' || code.trim() === '') return '请输入验证码'
  return /^\d{6}$/.test(code) ? null : '验证码为 6 位数字'
}
