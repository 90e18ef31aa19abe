import { Fragment, useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { FormFieldDef } from '@/domain/contract'
import { isFieldRequired, isFieldVisible } from '@/domain/forms/defs'
import { APPLICATION_STATUS, TRACK_LABELS, statusStyle } from '@/domain/status'
import { ActionBar, Banner, Card, EmptyState, Skeleton, StatusTag, Unfold, buildUrl, ROUTES } from '@/shared'
import { useApplyForm } from '../hooks/useApplyForm'
import { FieldRenderer } from './fields'
import type { AreaSource } from './RegionField'
import { SaveIndicator } from './SaveIndicator'
import { EligibilityList } from './EligibilityList'
import { StationConfirmations } from './StationConfirmations'
import { FormSummary } from './FormSummary'
import './form.scss'

/** consecutive fields sharing a `group` (e.g. the three years of revenue) render under one heading */
function groupFields(fields: FormFieldDef[]): Array<{ group?: string; fields: FormFieldDef[] }> {
  const out: Array<{ group?: string; fields: FormFieldDef[] }> = []
  for (const d of fields) {
    const last = out[out.length - 1]
    if (d.group && last && last.group === d.group) last.fields.push(d)
    else out.push({ group: d.group, fields: [d] })
  }
  return out
}

/**
 * The applicant's form, rendered from the domain form definition of the user's track (annex 1/2/3):
 * short steps with a step indicator, a summary step with the eligibility explained, then 提交申报.
 */
export function ApplyFormView({ id, area }: { id?: string; area?: AreaSource }) {
  const f = useApplyForm({ id })
  // a failed submit (offline, server refusal) is said where the user is looking — the banner below
  // the summary can be screens away from the button
  useEffect(() => {
    if (f.submitError) Taro.showToast({ title: f.submitError, icon: 'none', duration: 3000 })
  }, [f.submitError])

  if (f.phase === 'signed-out') return <Skeleton />
  if (f.phase === 'unsupported') return <EmptyState title="当前账号无需申报" description="申报由企业、区域品牌主体和指导站账号填写。" />
  if (f.phase === 'loading' || !f.def) return <Skeleton cards={2} lines={4} />
  if (f.phase === 'submitted' && f.locked) {
    const app = f.locked
    return (
      <Card title={`${app.year} 年度申报`} testId="apply-locked">
        <View className="af-locked">
          <StatusTag {...statusStyle(APPLICATION_STATUS, app.status)} />
          <Text className="ui-text">申报已提交，当前不能修改。可随时查看审核进度。</Text>
        </View>
        <Button type="primary" block onClick={() => Taro.redirectTo({ url: buildUrl(ROUTES.applyStatus, { id: app.id }) })}>
          查看申报进度
        </Button>
      </Card>
    )
  }

  const { def, step, values, errors } = f
  const total = def.steps.length + 1
  const summary = step >= def.steps.length
  const current = summary ? undefined : def.steps[step]
  const returned = f.application?.status === 'returned'
  const names: Record<string, string> = {}
  for (const c of f.application?.stationConfirmations ?? []) {
    names[c.stationId] = c.stationName
    names[c.orgId] = c.orgName
  }
  const errorCount = Object.keys(f.allErrors).length
  const stepOf = (key: string) => def.steps.findIndex((s) => s.fields.some((x) => x.key === key))
  const labelOf = (key: string) => def.steps.flatMap((s) => s.fields).find((x) => x.key === key)

  return (
    <View className="af" data-testid="apply-form">
      <View className="af-head">
        <View className="af-head__row">
          <Text className="af-head__title">
            {f.year} 年度 · {TRACK_LABELS[def.track]}申报
          </Text>
          <SaveIndicator />
        </View>
        <View className="af-head__row">
          <Text className="af-head__step" data-testid="step-indicator">
            <Text className="af-head__num">
              {step + 1}/{total}
            </Text>
            {'  '}
            {summary ? '确认并提交' : current!.title}
          </Text>
        </View>
        <View className="af-progress">
          <View className="af-progress__fill" style={{ width: `${((step + 1) / total) * 100}%` }} />
        </View>
      </View>

      {returned && f.application?.lastReason && <Banner tone="danger">退回原因：{f.application.lastReason}。请修改后重新申报。</Banner>}

      {current && (
        <Card testId={`step-${current.key}`}>
          <View className="af-step">
            <Unfold first={5} step={4}>
              {groupFields(current.fields.filter((d) => isFieldVisible(d, values))).map((g) => {
                const render = (d: FormFieldDef, inline?: boolean) => (
                  <FieldRenderer
                    key={d.key}
                    def={d}
                    inline={inline}
                    area={area}
                    value={values[d.key]}
                    values={values}
                    error={errors[d.key]}
                    required={isFieldRequired(d, values)}
                    onChange={(v, extra) => f.setValue(d, v, extra)}
                    onBlur={() => f.blur(d)}
                  />
                )
                if (!g.group) return <Fragment key={g.fields[0].key}>{g.fields.map((d) => render(d))}</Fragment>
                return (
                  <View key={g.group} className="af-group">
                    <Text className="af-group__title">{g.group}</Text>
                    {g.fields.map((d) => render(d, true))}
                  </View>
                )
              })}
            </Unfold>
          </View>
        </Card>
      )}

      {summary && (
        <View data-testid="step-summary">
          {errorCount > 0 && (
            <Card title={`还有 ${errorCount} 项需要完善`} testId="summary-errors">
              {Object.entries(f.allErrors).map(([k, msg]) => (
                <View key={k} className="af-todo" onClick={() => f.goStep(Math.max(0, stepOf(k)))}>
                  <View className="af-todo__main">
                    <Text className="af-todo__label">{labelOf(k)?.label ?? k}</Text>
                    <Text className="ui-field-error">{labelOf(k) && msg.includes(labelOf(k)!.label) ? '未填写' : msg}</Text>
                  </View>
                  <Text className="af-link">去填写</Text>
                </View>
              ))}
            </Card>
          )}
          {f.eligibility && f.eligibility.checks.length > 0 && (
            <Card title="申报条件">
              <EligibilityList result={f.eligibility} />
            </Card>
          )}
          {(f.application?.stationConfirmations.length ?? 0) > 0 && (
            <Card title="指导站对接确认">
              <StationConfirmations items={f.application!.stationConfirmations} track={def.track} />
            </Card>
          )}
          <FormSummary def={def} values={values} names={names} errors={f.allErrors} onEdit={(i) => f.goStep(i)} />
          {f.submitError && <Banner tone="danger">{f.submitError}</Banner>}
          <Text className="ui-muted af-note">提交后由省级知识产权管理部门审核推荐；审核结果会通过消息通知您。</Text>
        </View>
      )}

      <ActionBar>
        {step > 0 && (
          <View className="ui-action-bar__secondary">
            <Button fill="outline" type="default" block onClick={f.prev} disabled={f.submitting}>
              上一步
            </Button>
          </View>
        )}
        <View className="ui-action-bar__primary">
          {summary ? (
            <Button
              type="primary"
              block
              loading={f.submitting}
              disabled={f.submitting || (f.eligibility ? !f.eligibility.ok : false)}
              onClick={f.submit}
              data-testid="submit-application"
            >
              {returned ? '重新提交申报' : '提交申报'}
            </Button>
          ) : (
            <Button type="primary" block onClick={f.next} data-testid="next-step">
              下一步
            </Button>
          )}
        </View>
      </ActionBar>
    </View>
  )
}
