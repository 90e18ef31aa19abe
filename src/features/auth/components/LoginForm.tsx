import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { listDemoAccounts, requestSmsCode } from '@/api'
import type { DemoAccount } from '@/domain/contract'
import { ROLE_LABELS } from '@/domain/contract/labels'
import { validatePhone, validateSmsCode } from '@/domain/phone'
import { Banner, FieldError, goAfterSignIn, useSession } from '@/shared'
import { signInWithPhone, signInWithWechat } from '../actions'
import { useSmsCountdown } from '../hooks/useSmsCountdown'
import './LoginForm.scss'

type Errors = { phone?: string; code?: string; form?: string }

/**
 * H5: phone + SMS code. weapp: WeChat sign-in first; the phone form appears only when the server asks
 * to bind a phone number to the WeChat identity (first sign-in).
 */
export function LoginForm({ redirect }: { redirect?: string }) {
  const isWeapp = process.env.TARO_ENV === 'weapp'
  const [phone, setPhone] = useState(useSession.getState().lastPhone)
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [devCode, setDevCode] = useState<string>()
  const [demo, setDemo] = useState<DemoAccount[]>([])
  const [sending, setSending] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [needBind, setNeedBind] = useState(!isWeapp)
  const countdown = useSmsCountdown()

  useEffect(() => {
    listDemoAccounts().then((res) => res.ok && setDemo(res.data))
  }, [])

  const sendCode = async () => {
    const phoneError = validatePhone(phone)
    if (phoneError) return setErrors({ phone: phoneError })
    setSending(true)
    const res = await requestSmsCode({ phone })
    setSending(false)
    if (res.ok) {
      setErrors({})
      countdown.start(res.data.cooldown)
      if (res.data.devCode) setDevCode(res.data.devCode)
      Taro.showToast({ title: '验证码已发送', icon: 'success' })
    } else {
      setErrors({ phone: res.error.fieldErrors?.phone, form: res.error.fieldErrors?.phone ? undefined : res.error.message })
    }
  }

  const submitPhone = async () => {
    const next: Errors = {}
    const phoneError = validatePhone(phone)
    const codeError = validateSmsCode(code)
    if (phoneError) next.phone = phoneError
    if (codeError) next.code = codeError
    setErrors(next)
    if (next.phone || next.code) return
    setSubmitting(true)
    const res = isWeapp ? await signInWithWechat({ phone, smsCode: code }) : await signInWithPhone(phone, code)
    setSubmitting(false)
    if (res.ok) return goAfterSignIn(redirect)
    const fe = res.error.fieldErrors || {}
    setErrors({ phone: fe.phone, code: fe.code || fe.smsCode, form: fe.phone || fe.code || fe.smsCode ? undefined : res.error.message })
  }

  const submitWechat = async () => {
    setSubmitting(true)
    const res = await signInWithWechat()
    setSubmitting(false)
    if (res.ok) return goAfterSignIn(redirect)
    if (res.error.fieldErrors?.phone) {
      setNeedBind(true)
      setErrors({ form: res.error.fieldErrors.phone })
    } else setErrors({ form: res.error.message })
  }

  const pickDemo = (account: DemoAccount) => {
    setPhone(account.phone)
    setErrors({})
  }

  return (
    <View className="login">
      {errors.form && <Banner tone="danger">{errors.form}</Banner>}
      {isWeapp && !needBind && (
        <Button type="primary" block size="large" loading={submitting} disabled={submitting} onClick={submitWechat}>
          微信一键登录
        </Button>
      )}
      {needBind && (
        <View className="login__form">
          <View className="login__field">
            <Text className="login__label">手机号</Text>
            <Input
              className="login__input"
              type="number"
              maxlength={11}
              placeholder="请输入手机号"
              value={phone}
              onInput={(e) => {
                setPhone(e.detail.value)
                if (errors.phone) setErrors({ ...errors, phone: undefined })
              }}
              aria-label="手机号"
            />
          </View>
          <FieldError message={errors.phone} />
          <View className="login__field">
            <Text className="login__label">验证码</Text>
            <Input
              className="login__input"
              type="number"
              maxlength={6}
              placeholder="6 位验证码"
              value={code}
              onInput={(e) => {
                setCode(e.detail.value)
                if (errors.code) setErrors({ ...errors, code: undefined })
              }}
              aria-label="验证码"
            />
            <Button
              className="login__sms"
              size="small"
              fill="outline"
              type="primary"
              disabled={countdown.left > 0 || sending}
              loading={sending}
              onClick={sendCode}
            >
              {countdown.left > 0 ? `${countdown.left} 秒后重发` : '获取验证码'}
            </Button>
          </View>
          <FieldError message={errors.code} />
          <View className="login__submit">
            <Button type="primary" block size="large" loading={submitting} disabled={submitting} onClick={submitPhone}>
              {isWeapp ? '绑定手机号并登录' : '登录'}
            </Button>
          </View>
        </View>
      )}
      {devCode && <Banner tone="info">开发环境：验证码为 {devCode}（模拟后端固定验证码）</Banner>}
      {demo.length > 0 && (
        <View className="login__demo">
          <Text className="login__demo-title">演示账号（点选后获取验证码，或直接输入 246810）</Text>
          {demo.map((account) => (
            <View key={account.phone} className="login__demo-item" onClick={() => pickDemo(account)}>
              <Text className="login__demo-role">{ROLE_LABELS[account.role]}</Text>
              <Text className="login__demo-phone">{account.phone}</Text>
              <Text className="login__demo-desc">{account.name}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
