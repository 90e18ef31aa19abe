import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { recordObjection, resolveObjection } from '@/api'
import type { Application, Objection } from '@/domain/contract'
import { monthDay, validateObjectionDate } from '@/domain/notice'
import { toLocalDate } from '@/domain/time'
import { Banner, Card, StatusTag, formatDateTime } from '@/shared'
import { Field } from '@/shared/components/Field'
import { Sheet } from '@/shared/components/Sheet'
import { TextBox } from '@/shared/components/TextBox'
import './review.scss'

type Sheet = { kind: 'record' } | { kind: 'resolve'; objection: Objection }

/**
 * Objections (异议) raised during the public notice: who raised it, what, when, and the outcome. The national
 * reviewer records them while the application is in notice; an open one keeps 确认入选 away until resolved.
 */
export function ObjectionsCard({ app, canEdit, onChange }: { app: Application; canEdit: boolean; onChange: (a: Application) => void }) {
  const [sheet, setSheet] = useState<Sheet>()
  const list = app.objections ?? []
  if (!canEdit && list.length === 0) return null
  return (
    <Card title={`公示异议${list.length ? `（${list.length}）` : ''}`} testId="objections">
      {list.length === 0 && <Text className="ui-muted">公示期内未收到异议。收到异议时请在此登记，处理完毕前不能确认入选。</Text>}
      {list.map((o) => (
        <View key={o.id} className="rv-objection" data-testid="objection" data-status={o.status}>
          <View className="rv-objection__head">
            <Text className="rv-objection__who">{o.raisedBy}</Text>
            <StatusTag label={o.status === 'open' ? '待处理' : '已处理'} tone={o.status === 'open' ? 'warning' : 'success'} />
          </View>
          <Text className="ui-muted">
            {monthDay(o.raisedOn)}提出 · {o.recordedBy} 登记于 {formatDateTime(o.recordedAt)}
          </Text>
          <Text className="rv-objection__text">{o.content}</Text>
          {o.resolution && (
            <Text className="rv-objection__text">
              处理结果：{o.resolution}
              {o.resolvedAt ? `（${formatDateTime(o.resolvedAt)}）` : ''}
            </Text>
          )}
          {canEdit && o.status === 'open' && (
            <Button
              fill="outline"
              type="primary"
              block
              onClick={() => setSheet({ kind: 'resolve', objection: o })}
              data-testid="objection-resolve"
            >
              登记处理结果
            </Button>
          )}
        </View>
      ))}
      {canEdit && (
        <Button fill="outline" type="default" block onClick={() => setSheet({ kind: 'record' })} data-testid="objection-record">
          登记异议
        </Button>
      )}
      <ObjectionSheet app={app} sheet={sheet} onClose={() => setSheet(undefined)} onDone={onChange} />
    </Card>
  )
}

function ObjectionSheet({
  app,
  sheet,
  onClose,
  onDone,
}: {
  app: Application
  sheet?: Sheet
  onClose: () => void
  onDone: (a: Application) => void
}) {
  const today = toLocalDate(new Date())
  const [raisedBy, setRaisedBy] = useState('')
  const [content, setContent] = useState('')
  const [raisedOn, setRaisedOn] = useState(today)
  const [resolution, setResolution] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<string>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    setErrors({})
    setRefusal(undefined)
  }, [sheet])
  const n = app.publicNotice
  // a field's error goes as soon as that field is edited
  const clear = (field: string) => setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e))

  const submit = async () => {
    if (!sheet || busy) return
    const errs: Record<string, string> = {}
    if (sheet.kind === 'record') {
      if (!raisedBy.trim()) errs.raisedBy = '请填写提出异议的单位或个人'
      if (!content.trim()) errs.content = '请填写异议内容'
      Object.assign(errs, validateObjectionDate(app, raisedOn, today))
    } else if (!resolution.trim()) errs.resolution = '请填写核实处理结果'
    setErrors(errs)
    if (Object.keys(errs).length) return
    setBusy(true)
    const r =
      sheet.kind === 'record'
        ? await recordObjection(app.id, { raisedBy: raisedBy.trim(), content: content.trim(), raisedOn })
        : await resolveObjection(app.id, sheet.objection.id, { resolution: resolution.trim() })
    setBusy(false)
    if (!r.ok) {
      if (r.error.fieldErrors) setErrors(r.error.fieldErrors)
      setRefusal(r.error.message)
      return
    }
    // what was typed is cleared only once it is saved
    if (sheet.kind === 'record') {
      setRaisedBy('')
      setContent('')
    } else setResolution('')
    onDone(r.data)
    onClose()
    Taro.showToast({ title: sheet.kind === 'record' ? '已登记异议' : '已登记处理结果', icon: 'success' })
  }

  return (
    <Sheet
      visible={!!sheet}
      title={sheet?.kind === 'resolve' ? '登记处理结果' : '登记异议'}
      onClose={onClose}
      className="rv-sheet"
      testId="objection-sheet"
    >
      {sheet?.kind === 'record' && (
        <View>
          <Text className="rv-sheet__text">
            登记公示期{n ? `（${monthDay(n.start)}至${monthDay(n.end)}）` : ''}
            内收到的异议。异议处理完毕前不能确认入选；经核实成立的，可作不予入选处理。
          </Text>
          <Field label="提出异议的单位或个人" error={errors.raisedBy}>
            <Input
              className="rv-input"
              value={raisedBy}
              maxlength={60}
              placeholder="如：某某商贸有限公司"
              ariaLabel="提出异议的单位或个人"
              data-testid="objection-by"
              onInput={(e) => {
                setRaisedBy(e.detail.value)
                clear('raisedBy')
              }}
            />
          </Field>
          <Field label="提出日期" error={errors.raisedOn}>
            <Picker
              mode="date"
              value={raisedOn}
              start={n?.start}
              end={today}
              onChange={(e) => {
                setRaisedOn(String(e.detail.value))
                clear('raisedOn')
              }}
            >
              <View className="rv-sheet__date" data-testid="objection-date">
                <Text>{raisedOn}</Text>
                <Text className="ui-muted">修改</Text>
              </View>
            </Picker>
          </Field>
          <Field label="异议内容" error={errors.content}>
            <TextBox
              value={content}
              maxLength={500}
              placeholder="异议的事实与理由"
              onChange={(v) => {
                setContent(v)
                clear('content')
              }}
              testId="objection-content"
            />
          </Field>
        </View>
      )}
      {sheet?.kind === 'resolve' && (
        <View>
          <Text className="rv-sheet__text">
            {sheet.objection.raisedBy}：{sheet.objection.content}
          </Text>
          <Field label="核实处理结果" error={errors.resolution}>
            <TextBox
              value={resolution}
              maxLength={500}
              placeholder="如：经核实，异议不成立"
              onChange={(v) => {
                setResolution(v)
                clear('resolution')
              }}
              testId="objection-resolution"
            />
          </Field>
        </View>
      )}
      {refusal && (
        <View data-testid="objection-refusal">
          <Banner tone="danger">{refusal}</Banner>
        </View>
      )}
      <View className="rv-sheet__buttons">
        <View className="rv-sheet__cancel">
          <Button fill="outline" type="default" block onClick={onClose} disabled={busy}>
            取消
          </Button>
        </View>
        <View className="rv-sheet__ok">
          <Button type="primary" block loading={busy} disabled={busy} onClick={submit} data-testid="objection-save">
            保存
          </Button>
        </View>
      </View>
    </Sheet>
  )
}
