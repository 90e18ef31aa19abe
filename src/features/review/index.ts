// Review (推荐 / 复核 / 公示 / 名单) for province and national reviewers.
export { ReviewListView } from './components/ReviewListView'
export { ReviewDetailView } from './components/ReviewDetailView'
export { QuotaPanel } from './components/QuotaPanel'
export { ExportButton } from './components/ExportButton'
export { BatchesView } from './components/BatchesView'
export { ActionSheet } from './components/ActionSheet'
export { useReviewStore } from './store'
export { TimetableEditor, CallsEditor } from './components/ProgrammeView'
