import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { getPublicListIndex, publishList, type PublishedBatch } from '@/api'
import { LIST_KINDS, LIST_LABELS, PublishListRequestSchema, type ListKind } from '@/domain/contract/evaluation'
import { validate, type FieldErrors } from '@/domain/validate'
import { Banner, Card, FieldError, formatDateTime, useQuery } from '@/shared'
import { Chips } from '@/shared/components/Choice'
import './evaluation.scss'

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()))

/** National reviewer: publish one batch of a year's list; the next free batch is proposed. */
export function PublishView({ year: initialYear }: { year: number }) {
  const [year, setYear] = useState(initialYear)
  const [list, setList] = useState<ListKind>('qianqi')
  const [batch, setBatch] = useState('')
  const [minScore, setMinScore] = useState('60')
  const [limit, setLimit] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<PublishedBatch>()
  const index = useQuery(getPublicListIndex, [done?.publishedAt])
  const published = index.data?.years.find((y) => y.year === year)?.lists.find((l) => l.list === list)?.batches ?? []
  const nextBatch = published.length ? Math.max(...published.map((b) => b.batch)) + 1 : 1
  const years = [initialYear, initialYear - 1, initialYear - 2]

  const submit = async () => {
    const body = {
      year,
      list,
      batch: num(batch) ?? nextBatch,
      minScore: num(minScore) as number,
      ...(num(limit) !== undefined ? { limit: num(limit) } : {}),
    }
    const errs = validate(PublishListRequestSchema, body)
    setErrors(errs)
    setDone(undefined)
    if (Object.keys(errs).length) return
    setBusy(true)
    const res = await publishList(body)
    setBusy(false)
    if (!res.ok) {
      setErrors(res.error.fieldErrors ?? { _form: res.error.message })
      return
    }
    setDone(res.data)
    setBatch('')
    Taro.showToast({ title: `已发布第 ${res.data.batch} 批（${res.data.count} 个）`, icon: 'none' })
  }

  return (
    <View data-testid="ev-publish">
      <Card title="发布年度名单">
        <View className="ev-form">
          <Text className="ev-form__label">年度</Text>
          <Chips
            scroll
            label="年度"
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
          <Text className="ev-form__label">名单</Text>
          <Chips
            scroll
            label="名单"
            testId="ev-publish-list"
            options={LIST_KINDS.map((l) => ({ value: l, label: LIST_LABELS[l] }))}
            value={list}
            onChange={(v) => v && setList(v)}
          />
          <Text className="ui-muted">
            {published.length
              ? `已发布：${published.map((b) => `第 ${b.batch} 批 ${b.count} 个（${formatDateTime(b.publishedAt)}）`).join('；')}`
              : `${year} 年「${LIST_LABELS[list]}」尚未发布。`}
          </Text>
          <Text className="ev-form__label">批次</Text>
          <Input
            className="ev-form__input"
            type="number"
            value={batch}
            placeholder={`第 ${nextBatch} 批`}
            onInput={(e) => setBatch(e.detail.value)}
            data-testid="ev-publish-batch"
          />
          <FieldError message={errors.batch} />
          <Text className="ev-form__label">入选最低分</Text>
          <Input
            className="ev-form__input"
            type="digit"
            value={minScore}
            onInput={(e) => setMinScore(e.detail.value)}
            data-testid="ev-publish-min"
          />
          <FieldError message={errors.minScore} />
          <Text className="ev-form__label">入选数量上限（可不填）</Text>
          <Input className="ev-form__input" type="number" value={limit} placeholder="不限" onInput={(e) => setLimit(e.detail.value)} />
          <FieldError message={errors.limit} />
          <Text className="ui-muted">按得分从高到低入选；已在本年度该名单前几批中的不再重复入选。发布后本年度评价结果即为最终结果。</Text>
          {errors._form && <Banner tone="danger">{errors._form}</Banner>}
          {done && (
            <Banner tone="info">
              已发布 {done.year} 年「{done.listLabel}」第 {done.batch} 批，共 {done.count} 个（评价方法 {done.methodVersion}）。
            </Banner>
          )}
          <Button type="primary" block loading={busy} disabled={busy} onClick={submit} data-testid="ev-publish-submit">
            发布第 {num(batch) ?? nextBatch} 批
          </Button>
        </View>
      </Card>
    </View>
  )
}
