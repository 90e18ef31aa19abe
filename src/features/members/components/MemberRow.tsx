import { Text, View } from '@tarojs/components'
import type { MemberSummary } from '@/domain/contract/member'
import { MEMBER_STATUS_LABELS, type MemberStatus } from '@/domain/members/member'
import { StatusTag, go, type Tone } from '@/shared'
import '@/shared/styles/list.scss'
import './members.scss'

export const STATUS_TONE: Record<MemberStatus, Tone> = { active: 'success', suspended: 'warning', withdrawn: 'default' }

/** Row height in css px at standard text size (the virtual list needs it exact; every line is one line). */
export const MEMBER_ROW_HEIGHT = 118
/** Of that, the text lines (name + tag, three meta lines) that grow with the text scale. */
const TEXT_PART = 79
/** Row height at a text scale (care mode / the phone's large text): only the text lines grow. */
export const memberRowHeight = (scale = 1) => Math.ceil(MEMBER_ROW_HEIGHT + TEXT_PART * (scale - 1))

/** One member of the register: name and status; USCC and SME; products and licence end; use evidence. */
export function MemberRow({ m, height = MEMBER_ROW_HEIGHT }: { m: MemberSummary; height?: number }) {
  return (
    <View
      className="ui-vrow mb-reg"
      style={{ height: `${height}px` }}
      data-testid={`member-${m.id}`}
      onClick={() => go('assocMember', { id: m.id })}
    >
      <View className="ui-vrow__card mb-reg__card">
        <View className="mb-reg__head">
          <Text className="mb-reg__name">{m.name}</Text>
          <StatusTag label={MEMBER_STATUS_LABELS[m.status]} tone={STATUS_TONE[m.status]} />
        </View>
        <Text className="mb-reg__meta">
          {m.uscc}
          {m.sme ? ' · 中小企业' : ''}
        </Text>
        <Text className="mb-reg__meta">
          {m.products.join('、')} · 许可至 {m.licence.end}
        </Text>
        <Text className="mb-reg__meta">
          {m.evidenceCount > 0 ? `使用证据 ${m.evidenceCount} 份，最近 ${m.lastEvidenceOn}` : '尚无使用证据'}
        </Text>
      </View>
    </View>
  )
}
