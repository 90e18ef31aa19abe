// Service visits (服务记录): the visit-log form and its local draft, visit lists and the visit / advice-note view,
// photo picking and display.
export { useVisitStore, draftKeyFor, emptyDraft, type VisitDraft } from './store'
export { VisitForm, toRequest } from './components/VisitForm'
export { VisitCard, VisitList, VisitDetail, FOLLOW_UP_TONES } from './components/VisitViews'
export { PhotoField, PhotoGrid, StoredPhoto } from './components/PhotoField'
export { VisitListPage } from './components/VisitListPage'
export { StationFiguresView, figureCharts, type FigureChartProps, type FigureSeries } from './components/StationFiguresView'
