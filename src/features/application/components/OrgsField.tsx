import { useEffect, useState } from 'react'
import { Text } from '@tarojs/components'
import { getLinkCandidates } from '@/api'
import type { ApplicationLinkCandidate } from '@/domain/contract'
import { StatusTag } from '@/shared'
import { Chips } from '@/shared/components/Choice'

/**
 * Station form: the participating enterprises / regional brands the station serves (对接服务). Options are the
 * station's accepted links and organisations whose application names the station; each shows whether the
 * other side has confirmed (named this station in its own form) — the link counts only when both sides do.
 */
export function OrgsField({
  value,
  kind,
  onChange,
}: {
  value: unknown
  kind: 'enterprise' | 'association'
  onChange: (v: string[]) => void
}) {
  const [options, setOptions] = useState<ApplicationLinkCandidate[]>()
  const [error, setError] = useState<string>()
  const picked = Array.isArray(value) ? (value as string[]) : []
  const what = kind === 'enterprise' ? '企业' : '区域品牌主体'

  useEffect(() => {
    getLinkCandidates().then((r) => {
      if (r.ok) setOptions(r.data.filter((c) => c.kind === kind))
      else setError(r.error.message)
    })
  }, [kind])

  if (error) return <Text className="ui-muted">{error}</Text>
  if (!options) return <Text className="ui-muted">正在加载已对接的{what}…</Text>
  if (options.length === 0) return <Text className="ui-muted">暂无已对接的{what}。可在“对接管理”中确认对接申请后再选择。</Text>

  const toggle = (id: string) => onChange(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id])
  return (
    <Chips
      kind="checkbox"
      stack
      label={`对接服务的${what}`}
      testId={`orgs-${kind}`}
      options={options.map((o) => ({
        value: o.id,
        label: o.name,
        sub: `${o.brandName ? `${o.brandName} · ` : ''}${o.namesMe ? '对方申报表已选择本站' : o.applicationId ? '对方申报表尚未选择本站' : '对方尚未申报'}`,
        aside: picked.includes(o.id) ? (
          <StatusTag label={o.namesMe ? '已确认' : '待确认'} tone={o.namesMe ? 'success' : 'warning'} />
        ) : undefined,
      }))}
      value={picked}
      onChange={toggle}
    />
  )
}
