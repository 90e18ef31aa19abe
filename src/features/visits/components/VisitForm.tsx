import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { createVisit } from '@/api'
import type { CreateVisitRequest, VisitFormContext, VisitLogDraft } from '@/domain/contract'
import { validate } from '@/domain/validate'
import { ADVICE_NOTE_MAX, VISIT_MODES, VISIT_MODE_LABELS, visitDraftFromBooking, visitInputSchema } from '@/domain/visits'
import { Banner, Card, ROUTES, buildUrl } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import { Field } from '@/shared/components/Field'
import { TextBox } from '@/shared/components/TextBox'
import { draftKeyFor, emptyDraft, useVisitStore, type VisitDraft } from '../store'
import { PhotoField } from './PhotoField'
import './visits.scss'

const eventValue = (e: any): string => String(e?.detail?.value ?? e?.target?.value ?? '')

/** The draft → the request (blank optional parts left out; text trimmed by the rules, not here). */
export function toRequest(d: VisitDraft, idempotencyKey: string): CreateVisitRequest {
  return {
    ...(d.bookingId ? { bookingId: d.bookingId } : {}),
    date: d.date,
    client: d.clientKind === 'org' ? { kind: 'org', orgId: d.orgId } : { kind: 'walk_in', name: d.walkInName, phone: d.walkInPhone },
    mode: d.mode,
    topics: d.topics,
    asked: d.asked,
    advised: d.advised,
    outcome: d.outcome,
    ...(d.followUpOn ? { followUpOn: d.followUpOn } : {}),
    photos: d.photos,
    ...(d.withNote ? { adviceNote: { title: d.noteTitle, body: d.noteBody } } : {}),
    idempotencyKey,
  }
}

function fromBooking(b: VisitLogDraft, today: string): VisitDraft {
  const input = visitDraftFromBooking({
    bookingId: b.bookingId,
    orgId: b.orgId,
    date: b.date <= today ? b.date : today,
    mode: b.mode,
    topic: b.topic,
    question: b.question,
    advice: b.advice || undefined,
  })
  return {
    ...emptyDraft(today),
    bookingId: b.bookingId,
    date: input.date,
    orgId: b.orgId,
    mode: input.mode,
    topics: input.topics,
    asked: input.asked,
    advised: input.advised,
  }
}

/**
 * The visit-log form (服务记录): client, mode, topics, what was asked / advised, outcome, follow-up day, photos and
 * an optional advice note. Every change is kept in the local draft; the rules are the server's own declaration.
 */
export function VisitForm({ ctx, userId, booking }: { ctx: VisitFormContext; userId: string; booking?: VisitLogDraft }) {
  const key = draftKeyFor(userId, booking?.bookingId)
  const draft = useVisitStore((s) => s.drafts[key])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [banner, setBanner] = useState<{ tone: 'danger' | 'warning' | 'info'; text: string }>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    useVisitStore.getState().ensure(key, () => (booking ? fromBooking(booking, ctx.today) : emptyDraft(ctx.today)))
  }, [key, booking, ctx.today])

  const schema = useMemo(() => visitInputSchema({ stationTopics: ctx.topics.map((t) => t.value), today: ctx.today }), [ctx])
  // the booking's organisation may not be linked to the station: offer it as well
  const clients = useMemo(() => {
    const list = [...ctx.clients]
    if (booking && !list.some((c) => c.orgId === booking.orgId))
      list.unshift({ orgId: booking.orgId, name: booking.orgName, kind: 'enterprise' })
    return list
  }, [ctx.clients, booking])

  if (!draft) return null
  const set = (p: Partial<VisitDraft>, ...clear: string[]) => {
    useVisitStore.getState().patch(key, p)
    // the "N places to fix" banner describes the last save attempt; editing moves on from it
    if (banner?.tone === 'danger') setBanner(undefined)
    if (clear.some((k) => errors[k])) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !clear.includes(k))))
  }
  const orgIndex = clients.findIndex((c) => c.orgId === draft.orgId)

  const submit = async () => {
    if (busy) return
    setBanner(undefined)
    // the draft's own key: a resend (lost answer, app killed before it came) returns the visit already logged
    const body = toRequest(draft, useVisitStore.getState().keyFor(key))
    const found = validate(schema, body)
    if (Object.keys(found).length) {
      setErrors(found)
      setBanner({ tone: 'danger', text: `还有 ${Object.keys(found).length} 处需要修改，请按提示填写` })
      return
    }
    setBusy(true)
    const res = await createVisit(body)
    setBusy(false)
    if (res.ok) {
      useVisitStore.getState().discard(key)
      Taro.showToast({ title: '服务记录已保存', icon: 'success' })
      Taro.redirectTo({ url: buildUrl(ROUTES.myVisit, { id: res.data.id }) })
      return
    }
    const e = res.error
    if (e.status === 0) setBanner({ tone: 'warning', text: `${e.message}。草稿已保存在本机，联网后再点“保存服务记录”即可` })
    else {
      setErrors(e.fieldErrors ?? {})
      setBanner({ tone: 'danger', text: e.message })
    }
  }

  return (
    <View className="vs-form" data-testid="visit-form">
      {booking && <Banner tone="info">预约服务已完成，以下内容已根据预约自动填写，请补充服务建议和结果。</Banner>}
      <Text className="vs-hint vs-saved">草稿自动保存在本机{draft.changedAt ? '' : '（尚未修改）'}，关闭小程序或断网都不会丢失</Text>
      <Card title="服务对象">
        <Chips
          kind="radio"
          label="服务对象类型"
          testId="client-kind"
          options={[
            { value: 'org' as const, label: '已对接单位' },
            { value: 'walk_in' as const, label: '临时来访' },
          ]}
          value={draft.clientKind}
          onChange={(k) => set({ clientKind: k }, 'client', 'client.orgId', 'client.name', 'client.phone')}
        />
        {draft.clientKind === 'org' ? (
          <Field label="企业 / 区域品牌主体" required name="client.orgId" error={errors['client.orgId'] ?? errors.client}>
            <Picker
              mode="selector"
              range={clients.map((c) => c.name)}
              value={Math.max(0, orgIndex)}
              onChange={(e) => set({ orgId: clients[Number(e.detail.value)]?.orgId ?? '' }, 'client', 'client.orgId')}
              disabled={!!booking}
            >
              <View className="ui-select" data-testid="client-org">
                <Text className={orgIndex < 0 ? 'ui-placeholder' : ''}>{orgIndex >= 0 ? clients[orgIndex].name : '请选择服务对象'}</Text>
                {!booking && <Text className="ui-select__arrow">›</Text>}
              </View>
            </Picker>
          </Field>
        ) : (
          <>
            <Field label="来访人姓名或单位" required name="client.name" error={errors['client.name']}>
              <Input
                className="ui-input"
                value={draft.walkInName}
                maxlength={50}
                placeholder="如：张先生 / 某某茶业"
                onInput={(e) => set({ walkInName: eventValue(e) }, 'client.name')}
              />
            </Field>
            <Field label="手机号" required name="client.phone" error={errors['client.phone']}>
              <Input
                className="ui-input"
                type="number"
                maxlength={11}
                value={draft.walkInPhone}
                placeholder="11 位手机号"
                onInput={(e) => set({ walkInPhone: eventValue(e) }, 'client.phone')}
              />
            </Field>
          </>
        )}
      </Card>

      <Card title="服务内容">
        <Field label="服务日期" required name="date" error={errors.date}>
          <Picker mode="date" value={draft.date} end={ctx.today} onChange={(e) => set({ date: eventValue(e) }, 'date', 'followUpOn')}>
            <View className="ui-select">
              <Text>{draft.date}</Text>
              <Text className="ui-select__arrow">›</Text>
            </View>
          </Picker>
        </Field>
        <Field label="服务方式" required name="mode" error={errors.mode}>
          <Chips
            kind="radio"
            testId="visit-mode"
            options={VISIT_MODES.map((m) => ({ value: m, label: VISIT_MODE_LABELS[m] }))}
            value={draft.mode}
            onChange={(m) => set({ mode: m }, 'mode')}
          />
        </Field>
        <Field label="服务事项（可多选）" required name="topics" error={errors.topics ?? errors['topics.0']}>
          <Chips
            kind="checkbox"
            testId="visit-topics"
            options={ctx.topics}
            value={draft.topics}
            onChange={(t) =>
              set({ topics: draft.topics.includes(t) ? draft.topics.filter((x) => x !== t) : [...draft.topics, t] }, 'topics', 'topics.0')
            }
          />
        </Field>
        <Field label="咨询的问题" required name="asked" error={errors.asked}>
          <TextBox
            label="咨询的问题"
            value={draft.asked}
            maxLength={2000}
            placeholder="对方想解决什么问题"
            onChange={(v) => set({ asked: v }, 'asked')}
          />
        </Field>
        <Field label="给出的建议" required name="advised" error={errors.advised}>
          <TextBox
            label="给出的建议"
            value={draft.advised}
            maxLength={2000}
            placeholder="给出了哪些建议、办理路径"
            onChange={(v) => set({ advised: v }, 'advised')}
          />
        </Field>
        <Field label="服务结果" required name="outcome" error={errors.outcome}>
          <Input
            className="ui-input"
            value={draft.outcome}
            maxlength={500}
            placeholder="如：已解答，企业将按建议办理"
            onInput={(e) => set({ outcome: eventValue(e) }, 'outcome')}
          />
        </Field>
        <Field label="回访日期" name="followUpOn" error={errors.followUpOn} hint="需要回访时选择；到期会出现在首页的待回访中">
          <View className="vs-row">
            <Picker
              className="vs-grow"
              mode="date"
              value={draft.followUpOn || ctx.today}
              start={draft.date}
              onChange={(e) => set({ followUpOn: eventValue(e) }, 'followUpOn')}
            >
              <View className="ui-select" data-testid="follow-up-on">
                <Text className={draft.followUpOn ? '' : 'ui-placeholder'}>{draft.followUpOn || '不安排回访'}</Text>
                <Text className="ui-select__arrow">›</Text>
              </View>
            </Picker>
            {draft.followUpOn && (
              <Text className="vs-link" onClick={() => set({ followUpOn: '' }, 'followUpOn')}>
                不回访
              </Text>
            )}
          </View>
        </Field>
      </Card>

      <Card title="现场照片">
        <PhotoField
          value={draft.photos}
          onChange={(photos) => set({ photos }, 'photos')}
          error={errors.photos ?? Object.entries(errors).find(([k]) => k.startsWith('photos.'))?.[1]}
        />
      </Card>

      <Card title="商标指导服务建议书">
        <View
          className="vs-toggle"
          onClick={() => set({ withNote: !draft.withNote }, 'adviceNote.title', 'adviceNote.body')}
          data-testid="note-toggle"
          role="checkbox"
          aria-checked={draft.withNote}
        >
          <View className={`vs-toggle__box ${draft.withNote ? 'vs-toggle__box--on' : ''}`}>
            <Text>{draft.withNote ? '✓' : ''}</Text>
          </View>
          <Text>出具书面建议书（服务对象可在小程序中查看）</Text>
        </View>
        {draft.withNote && (
          <>
            <Field label="建议书标题" required name="adviceNote.title" error={errors['adviceNote.title']}>
              <Input
                className="ui-input"
                value={draft.noteTitle}
                maxlength={100}
                onInput={(e) => set({ noteTitle: eventValue(e) }, 'adviceNote.title')}
              />
            </Field>
            <Field label="建议书内容" required name="adviceNote.body" error={errors['adviceNote.body']}>
              <TextBox
                size="tall"
                label="建议书内容"
                value={draft.noteBody}
                maxLength={ADVICE_NOTE_MAX}
                placeholder="问题分析、具体建议、办理时限与所需材料"
                onChange={(v) => set({ noteBody: v }, 'adviceNote.body')}
              />
            </Field>
          </>
        )}
      </Card>

      {banner && <Banner tone={banner.tone}>{banner.text}</Banner>}
      <View className="vs-submit">
        <Button type="primary" block loading={busy} onClick={submit} data-testid="visit-submit">
          保存服务记录
        </Button>
      </View>
    </View>
  )
}
