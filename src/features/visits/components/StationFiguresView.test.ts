// The chart series of the station figures carry exactly the endpoint's numbers (the chart's table shows them).
import type { StationFigures } from '@/domain/contract'
import { figureCharts } from './StationFiguresView'

const months = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
const f: StationFigures = {
  stationId: 'ST1',
  stationName: '鼓楼区指导站',
  year: 2026,
  years: [2024, 2025, 2026],
  clientsPerYear: [
    { year: 2024, clients: 31, visits: 60 },
    { year: 2025, clients: 35, visits: 72 },
    { year: 2026, clients: 29, visits: 55 },
  ],
  topics: [
    { value: 'risk', label: '风险预警应对' },
    { value: 'finance', label: '质押融资/许可' },
  ],
  byTopic: months(2026).map((month, i) => ({ month, visits: i, counts: { risk: i, finance: 1 } })),
  modes: [
    { value: 'onsite', label: '到站' },
    { value: 'visit', label: '上门走访' },
    { value: 'online', label: '线上' },
  ],
  byMode: months(2026).map((month, i) => ({ month, visits: i + 2, counts: { onsite: i, visit: 1, online: 1 } })),
  followUps: [2024, 2025, 2026].map((year, i) => ({
    year,
    planned: 10 + i,
    doneOnTime: 7,
    doneLate: 2,
    pending: i,
    overdue: 1,
    onTimePercent: 70,
  })),
}

test('one series per mode / topic, twelve months each; clients and follow-ups per year', () => {
  const c = figureCharts(f)
  expect(c.clients.series).toEqual([
    {
      name: '服务对象',
      points: [
        { x: '2024', y: 31 },
        { x: '2025', y: 35 },
        { x: '2026', y: 29 },
      ],
    },
  ])
  expect(c.modes.series.map((s) => s.name)).toEqual(['到站', '上门走访', '线上'])
  expect(c.modes.series[0].points[11]).toEqual({ x: '12月', y: 11 })
  expect(c.topics.series.map((s) => s.points.length)).toEqual([12, 12])
  expect(c.followUps.series.map((s) => s.points.map((p) => p.y))).toEqual([
    [7, 7, 7],
    [2, 2, 2],
    [1, 1, 1],
  ])
  expect(new Set(Object.values(c).map((x) => x.id)).size).toBe(4)
})
