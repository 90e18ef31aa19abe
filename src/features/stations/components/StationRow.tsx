import { View, Text } from '@tarojs/components'
import type { StationSummary } from '@/domain/contract'
import { SERVICE_TOPIC_LABELS } from '@/domain/contract/labels'
import './stations.scss'

/** Row height in css px at standard text size (the virtual list needs it exact). */
export const STATION_ROW_HEIGHT = 112
/** Of that, the text lines (name, meta, address, topic tags) that grow with the text scale. */
const TEXT_PART = 74
/** Row height at a text scale (care mode / the phone's large text): only the text lines grow. */
export const stationRowHeight = (scale = 1) => Math.ceil(STATION_ROW_HEIGHT + TEXT_PART * (scale - 1))

export function formatKm(km: number): string {
  return km < 1 ? `${Math.round(km * 1000)} 米` : `${km.toFixed(1)} 公里`
}

export function StationRow({
  station,
  onClick,
  height = STATION_ROW_HEIGHT,
}: {
  station: StationSummary
  onClick: (s: StationSummary) => void
  height?: number
}) {
  return (
    <View className="st-row" style={{ height: `${height}px` }} data-testid="station-row" onClick={() => onClick(station)}>
      <View className="st-row__card">
        <View className="st-row__head">
          <Text className="st-row__name">{station.name}</Text>
          {station.distanceKm !== undefined && <Text className="st-row__dist">{formatKm(station.distanceKm)}</Text>}
        </View>
        <Text className="st-row__meta">
          {station.regionName} · {station.host}
        </Text>
        <Text className="st-row__addr">{station.address}</Text>
        <View className="st-row__topics">
          {station.topics.slice(0, 3).map((t) => (
            <Text key={t} className="st-row__topic">
              {SERVICE_TOPIC_LABELS[t]}
            </Text>
          ))}
          {station.topics.length > 3 && <Text className="st-row__topic st-row__topic--more">+{station.topics.length - 3}</Text>}
        </View>
      </View>
    </View>
  )
}
