import { View, Text } from '@tarojs/components'
import type { ApplicationTrack, StationConfirmation } from '@/domain/contract'
import { StatusTag } from '@/shared'
import './form.scss'

/**
 * Two-sided station links: a link counts only when the participant names the station in its form AND the
 * station names the participant in its form. Shown on both sides with who still has to act.
 */
export function StationConfirmations({ items, track }: { items: StationConfirmation[]; track: ApplicationTrack }) {
  if (!items.length) return null
  return (
    <View className="af-links" data-testid="station-confirmations">
      {items.map((c) => {
        const other = track === 'station' ? c.orgName : c.stationName
        const waiting =
          c.status === 'confirmed'
            ? '双方已确认'
            : c.waitingFor === 'station'
              ? `待指导站“${c.stationName}”在其申报表中列明`
              : `待“${c.orgName}”在其申报表中确认本指导站`
        return (
          <View key={`${c.stationId}-${c.orgId}`} className="af-links__row">
            <View className="af-links__main">
              <Text className="af-links__name">{other}</Text>
              <Text className="ui-muted">{waiting}</Text>
            </View>
            <StatusTag label={c.status === 'confirmed' ? '已确认' : '待确认'} tone={c.status === 'confirmed' ? 'success' : 'warning'} />
          </View>
        )
      })}
    </View>
  )
}
