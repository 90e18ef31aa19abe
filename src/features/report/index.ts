// Yearly brand reports (年度报送): the participant's form and the province's progress list.
export { ReportFormView } from './components/ReportFormView'
export { ReportProgressView } from './components/ReportProgressView'
export { useReportStore, reportDraftKey, isReportDirty } from './store'
export { toFigures, toInput } from './figures'
