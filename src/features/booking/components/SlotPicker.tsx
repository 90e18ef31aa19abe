import { View, Text } from '@tarojs/components'
import type { Slot } from '@/domain/contract'
import './booking.scss'

const hm = (local: string) => local.slice(11, 16)

/** Slots of one day with the seats left; full slots are disabled. */
export function SlotPicker({ slots, value, onChange }: { slots: Slot[]; value?: string; onChange: (slot: Slot) => void }) {
  const groups = [
    { label: '上午', items: slots.filter((s) => hm(s.startsAt) < '12:00') },
    { label: '下午', items: slots.filter((s) => hm(s.startsAt) >= '12:00') },
  ].filter((g) => g.items.length > 0)
  return (
    <View data-testid="slot-picker">
      {groups.map((g) => (
        <View key={g.label} className="bk-slotgroup">
          <Text className="bk-slotgroup__label">{g.label}</Text>
          {/* three columns of times the shared Choice has no look for; it keeps Choice's roles (a radio group) */}
          <View className="bk-grid bk-grid--3" role="radiogroup" aria-label={`${g.label}时段`}>
            {g.items.map((s) => {
              const full = s.available <= 0
              return (
                <View
                  key={s.id}
                  className={`bk-cell ${value === s.id ? 'bk-cell--on' : ''} ${full ? 'bk-cell--off' : ''}`}
                  data-testid="slot"
                  data-slot={s.id}
                  role="radio"
                  aria-checked={value === s.id}
                  aria-disabled={full || undefined}
                  onClick={() => !full && onChange(s)}
                >
                  <Text className="bk-cell__main">
                    {hm(s.startsAt)}–{hm(s.endsAt)}
                  </Text>
                  <Text className={`bk-cell__seats ${full ? 'bk-cell__seats--full' : ''}`}>
                    {full ? '已约满' : `余 ${s.available} 个名额`}
                  </Text>
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
