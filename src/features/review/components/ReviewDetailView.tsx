import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import {
  confirmApplication,
  getReviewQuota,
  publishApplication,
  recommendApplication,
  rejectApplication,
  returnApplication,
  startNationalReview,
} from '@/api'
import type { Result } from '@/api'
import type { Application, ApplicationAction, QuotaSummary, User } from '@/domain/contract'
import { availableActions, isNonDemo } from '@/domain/application'
import { formDef } from '@/domain/forms/defs'
import { TRACK_LABELS } from '@/domain/status'
import { EligibilityList, FormSummary, StationConfirmations, StatusHero, Timeline } from '@/features/application'
import { ActionBar, Banner, Card, Unfold, formatDateTime } from '@/shared'
import { useReviewStore } from '../store'
import { ActionSheet, type ActionInput } from './ActionSheet'
import { ObjectionsCard } from './Objections'
import { monthDay, openObjections } from '@/domain/notice'
import { toLocalDate } from '@/domain/time'
import './review.scss'

interface ActionDef {
  title: string
  confirmText: string
  primary: boolean
  danger?: boolean
  reason?: { label: string; placeholder: string; presets?: string[] }
  dates?: boolean
  text: (app: Application, quota?: QuotaSummary) => string
  run: (app: Application, input: ActionInput) => Promise<Result<Application>>
  done: string
}

const ACTIONS: Partial<Record<ApplicationAction, ActionDef>> = {
  return: {
    title: '退回修改',
    confirmText: '确认退回',
    primary: false,
    danger: true,
    reason: {
      label: '退回原因（申报单位可见）',
      placeholder: '请写明需要修改的内容，如：主商标注册号与证书不一致',
      presets: ['主商标注册号与证书不一致', '统一社会信用代码有误', '经营数据需补充说明', '指导站对接未确认'],
    },
    text: () => '退回后，申报单位可以修改申报表并重新申报；退回原因会通知申报单位，并显示在其申报进度中。',
    run: (app, i) => returnApplication(app.id, { reason: i.reason! }),
    done: '已退回修改',
  },
  recommend: {
    title: '推荐上报',
    confirmText: '确认推荐',
    primary: true,
    text: (app, quota) => {
      const use = quota?.tracks.find((t) => t.track === app.track)
      const parts = [
        `推荐后将占用${app.provinceName}${TRACK_LABELS[app.track]}推荐名额 1 个${use ? `（当前已用 ${use.used}/${use.limit}）` : ''}。`,
      ]
      if (app.track === 'enterprise' && isNonDemo(app.form as any)) {
        const r = use?.ratio
        parts.push(
          `该企业不是国家知识产权示范/优势企业，计入非示范企业不超过 30% 的比例${r ? `（当前 ${r.count}/${r.total}，${r.percent}%）` : ''}。`,
        )
      }
      if (app.track === 'regional' && (app.form as any).field === 'agriculture') {
        parts.push('该品牌属农业领域：制造业、服务业区域品牌应不低于推荐总数的 70%。')
      }
      parts.push('推荐后由国家知识产权局复核，本级不能再退回。')
      return parts.join('')
    },
    run: (app) => recommendApplication(app.id),
    done: '已推荐上报',
  },
  national_review: {
    title: '进入复核',
    confirmText: '开始复核',
    primary: true,
    text: () => '进入国家复核后，申报单位将看到“国家复核中”。复核通过后可发布公示。',
    run: (app) => startNationalReview(app.id),
    done: '已进入复核',
  },
  publish: {
    title: '发布公示',
    confirmText: '确认公示',
    primary: true,
    dates: true,
    text: () => '公示期内申报信息将对社会公示（公示期至少 5 天）；公示后可确认入选或不予入选。',
    run: (app, i) => publishApplication(app.id, { start: i.start!, end: i.end! }),
    done: '已发布公示',
  },
  confirm: {
    title: '确认入选',
    confirmText: '确认入选',
    primary: true,
    text: (app) =>
      `确认后“${app.brandName || app.applicantName}”进入${app.year} 年度正式名单（已确认参加行动），申报单位将收到通知。此操作不可撤销。`,
    run: (app) => confirmApplication(app.id),
    done: '已确认入选',
  },
  reject: {
    title: '不予入选',
    confirmText: '确认不予入选',
    primary: false,
    danger: true,
    reason: {
      label: '不予入选原因（申报单位可见）',
      placeholder: '请写明原因，如：公示期内收到异议且经核实',
      presets: ['公示期内收到异议且经核实', '不符合申报条件'],
    },
    text: () => '不予入选后该申报结束，原因会通知申报单位；其占用的省级推荐名额将释放。',
    run: (app, i) => rejectApplication(app.id, { reason: i.reason! }),
    done: '已标记不予入选',
  },
}

/** Reviewer detail: the form read-only, eligibility, timeline, and the actions this reviewer may take now. */
export function ReviewDetailView({
  app: initial,
  user,
  onChange,
}: {
  app: Application
  user: User
  onChange?: (app: Application) => void
}) {
  const [app, setApp] = useState(initial)
  const [open, setOpen] = useState<ApplicationAction>()
  const [quota, setQuota] = useState<QuotaSummary>()
  const [refusal, setRefusal] = useState<string>()
  const bump = useReviewStore((s) => s.bump)
  useEffect(() => setApp(initial), [initial])

  const actions = (app.actions ?? availableActions(user, app)).filter((a) => ACTIONS[a])
  useEffect(() => {
    if (actions.includes('recommend')) getReviewQuota({ year: app.year }).then((r) => r.ok && setQuota(r.data))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [app.id, app.status])

  const primary = actions.find((a) => ACTIONS[a]!.primary)
  const secondary = actions.filter((a) => a !== primary)
  const names: Record<string, string> = {}
  for (const c of app.stationConfirmations) {
    names[c.stationId] = c.stationName
    names[c.orgId] = c.orgName
  }
  const sheet = open ? ACTIONS[open]! : undefined
  // national, in public notice: why 确认入选 is not offered yet (the server decided; this says when it will be)
  const inNotice = app.status === 'public_notice' && user.role === 'national'
  const waits: string[] = []
  if (inNotice && !actions.includes('confirm')) {
    const open = openObjections(app)
    if (app.publicNotice && app.confirmableFrom && toLocalDate(new Date()) < app.confirmableFrom)
      waits.push(`公示期至 ${monthDay(app.publicNotice.end)}，届满后可确认入选`)
    if (open > 0) waits.push(`尚有 ${open} 条异议未处理，处理完毕后可确认入选`)
    if (waits.length === 0 && app.publicNotice) waits.push(`公示期至 ${monthDay(app.publicNotice.end)}，届满后可确认入选`)
  }

  const run = async (input: ActionInput): Promise<string | null> => {
    if (!open || !sheet) return null
    const res = await sheet.run(app, input)
    if (res.ok) {
      setApp(res.data)
      onChange?.(res.data)
      setOpen(undefined)
      setRefusal(undefined)
      bump()
      Taro.showToast({ title: sheet.done, icon: 'success' })
      return null
    }
    const msg = res.error.fieldErrors ? Object.values(res.error.fieldErrors).join('；') || res.error.message : res.error.message
    if (res.error.code === 'QUOTA_EXCEEDED') setRefusal(msg)
    return msg
  }

  return (
    <View className={actions.length ? 'rv-detail' : ''} data-testid="review-detail">
      <Unfold first={2} step={1}>
        <StatusHero
          app={app}
          meta={app.provinceName}
          sub={<Text className="ui-text">{app.applicantName}</Text>}
          side={app.submittedAt ? `申报于 ${formatDateTime(app.submittedAt)}` : undefined}
        />

        {waits.length > 0 && (
          <View data-testid="confirm-wait">
            <Banner tone="warning">{waits.join('；')}</Banner>
          </View>
        )}

        {refusal && (
          <View data-testid="quota-refusal">
            <Banner tone="danger">不能推荐：{refusal}</Banner>
          </View>
        )}

        <Card title="申报条件">
          {app.eligibility.ok ? null : <Banner tone="danger">存在不符合申报条件的项目</Banner>}
          <EligibilityList result={app.eligibility} />
        </Card>

        {(inNotice || (app.objections?.length ?? 0) > 0) && (
          <ObjectionsCard
            app={app}
            canEdit={inNotice}
            onChange={(a) => {
              setApp(a)
              onChange?.(a)
              bump()
            }}
          />
        )}

        {app.stationConfirmations.length > 0 && (
          <Card title="指导站对接确认">
            <StationConfirmations items={app.stationConfirmations} track={app.track} />
          </Card>
        )}

        <Card title="办理进度">
          <Timeline app={app} />
        </Card>

        <FormSummary def={formDef(app.track, app.year)} values={app.form as Record<string, unknown>} names={names} />
      </Unfold>

      {actions.length > 0 && (
        <ActionBar>
          {secondary.map((a) => (
            <View key={a} className="ui-action-bar__secondary">
              <Button
                fill="outline"
                type={ACTIONS[a]!.danger ? 'danger' : 'default'}
                block
                onClick={() => setOpen(a)}
                data-testid={`action-${a}`}
              >
                {ACTIONS[a]!.title}
              </Button>
            </View>
          ))}
          {primary && (
            <View className="ui-action-bar__primary">
              <Button type="primary" block onClick={() => setOpen(primary)} data-testid={`action-${primary}`}>
                {ACTIONS[primary]!.title}
              </Button>
            </View>
          )}
        </ActionBar>
      )}

      {sheet && (
        <ActionSheet
          visible={!!open}
          title={sheet.title}
          text={sheet.text(app, quota)}
          confirmText={sheet.confirmText}
          danger={sheet.danger}
          reason={sheet.reason}
          dates={sheet.dates}
          onClose={() => setOpen(undefined)}
          onConfirm={run}
        />
      )}
    </View>
  )
}
