// Add a member: USCC (check digit checked as you type once the 18 characters are in), name, SME or not,
// products, licence period, the date and the basis of the authorisation. The draft is kept locally on every
// keystroke; a refusal (field errors or a duplicate) shows next to the fields and keeps what was typed.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { addMember } from '@/api'
import { validate } from '@/domain/contract/z'
import { memberInputSchema } from '@/domain/members/member'
import { normalizeUscc } from '@/domain/ids'
import dayjs from 'dayjs'
import { Banner, useSession } from '@/shared'
import { TextBox } from '@/shared/components/TextBox'
import { splitProducts, useMemberDrafts, type MemberDraft } from '../store'
import { Chips, DateField, Field, eventValue } from './fields'
import './members.scss'

const today = () => dayjs().format('YYYY-MM-DD')
const emptyDraft = (): MemberDraft => {
  const t = today()
  return {
    uscc: '',
    name: '',
    products: '',
    licenceStart: t,
    licenceEnd: dayjs(t).add(3, 'year').subtract(1, 'day').format('YYYY-MM-DD'),
    on: t,
    reason: '',
  }
}

const toInput = (d: MemberDraft) => ({
  uscc: d.uscc,
  name: d.name,
  sme: d.sme,
  products: splitProducts(d.products),
  licence: { start: d.licenceStart, end: d.licenceEnd },
  on: d.on,
  reason: d.reason,
})

/** field error keys of the schema → the form's fields */
const fieldOf = (k: string) =>
  k.startsWith('products') ? 'products' : k === 'licence.start' ? 'licenceStart' : k === 'licence.end' ? 'licenceEnd' : k

function errorsFor(d: MemberDraft): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(validate(memberInputSchema, toInput(d)))) if (!out[fieldOf(k)]) out[fieldOf(k)] = v
  if (!out.on && d.on > today()) out.on = '添加日期不能晚于今天'
  return out
}

export function MemberForm({ onAdded }: { onAdded: (id: string) => void }) {
  const userId = useSession((s) => s.session?.user.id) ?? 'anon'
  const draft = useMemberDrafts((s) => s.members[userId]) ?? emptyDraft()
  const setMember = useMemberDrafts((s) => s.setMember)
  const clearMember = useMemberDrafts((s) => s.clearMember)
  const [tried, setTried] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)

  const set = (patch: Partial<MemberDraft>) => {
    setMember(userId, patch, emptyDraft)
    // a server error on a field goes once the field changes
    const keys = Object.keys(patch)
    if (keys.some((k) => serverErrors[k])) setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))))
  }
  const local = errorsFor(draft)
  // USCC: checked as soon as the 18 characters are in, the rest after the first submit
  const shown: Record<string, string> = { ...(tried ? local : {}), ...serverErrors }
  if (!tried && draft.uscc.length >= 18 && local.uscc) shown.uscc = local.uscc

  const submit = async () => {
    if (busy) return
    setTried(true)
    setRefusal(undefined)
    if (Object.keys(local).length) {
      Taro.showToast({ title: '请按提示修改标红的项', icon: 'none' })
      return
    }
    setBusy(true)
    const input = toInput(draft)
    const res = await addMember({ ...input, sme: input.sme === true })
    setBusy(false)
    if (res.ok) {
      clearMember(userId)
      setTried(false)
      Taro.showToast({ title: '已添加会员', icon: 'success' })
      onAdded(res.data.id)
      return
    }
    const fe = res.error.fieldErrors
    if (fe) setServerErrors(Object.fromEntries(Object.entries(fe).map(([k, v]) => [fieldOf(k), v])))
    setRefusal(fe && Object.keys(fe).length ? '提交的内容有误，请按提示修改' : res.error.message)
  }

  return (
    <View className="mb-form ui-fields" data-testid="member-form">
      <Field label="统一社会信用代码" error={shown.uscc} hint="18 位，最后一位是校验码" testId="field-uscc">
        <Input
          className="ui-input"
          value={draft.uscc}
          maxlength={18}
          placeholder="例如 91350102MA2XXXXXXX"
          onInput={(e) => set({ uscc: normalizeUscc(eventValue(e)) })}
          data-testid="input-uscc"
        />
      </Field>
      <Field label="企业名称" error={shown.name} testId="field-name">
        <Input
          className="ui-input"
          value={draft.name}
          maxlength={100}
          placeholder="与营业执照一致"
          onInput={(e) => set({ name: eventValue(e) })}
          data-testid="input-name"
        />
      </Field>
      <Field label="是否为中小企业" error={shown.sme} testId="field-sme">
        <Chips
          testId="sme"
          options={[
            { key: 'yes', label: '是' },
            { key: 'no', label: '否' },
          ]}
          value={draft.sme === undefined ? undefined : draft.sme ? 'yes' : 'no'}
          onChange={(v) => set({ sme: v === 'yes' })}
        />
      </Field>
      <Field label="使用商标的商品" error={shown.products} hint="多种商品用顿号“、”分隔" testId="field-products">
        <Input
          className="ui-input"
          value={draft.products}
          maxlength={300}
          placeholder="例如 漆画、漆器茶具"
          onInput={(e) => set({ products: eventValue(e) })}
          data-testid="input-products"
        />
      </Field>
      <DateField
        label="许可开始日期"
        value={draft.licenceStart}
        error={shown.licenceStart}
        testId="field-licence-start"
        onChange={(v) => set({ licenceStart: v })}
      />
      <DateField
        label="许可结束日期"
        value={draft.licenceEnd}
        error={shown.licenceEnd}
        start={draft.licenceStart}
        testId="field-licence-end"
        onChange={(v) => set({ licenceEnd: v })}
      />
      <DateField label="添加日期" value={draft.on} error={shown.on} end={today()} testId="field-on" onChange={(v) => set({ on: v })} />
      <Field label="授权依据" error={shown.reason} hint="如理事会决议、使用许可合同编号" testId="field-reason">
        <TextBox
          label="授权依据"
          value={draft.reason}
          maxLength={500}
          placeholder="例如：入会申请经理事会审议通过，签订使用许可合同"
          onChange={(v) => set({ reason: v })}
          testId="input-reason"
        />
      </Field>
      {refusal && (
        <View data-testid="form-refusal">
          <Banner tone="danger">{refusal}</Banner>
        </View>
      )}
      <View className="mb-submit">
        <Button type="primary" block loading={busy} disabled={busy} onClick={submit} data-testid="submit-member">
          添加会员
        </Button>
      </View>
    </View>
  )
}
