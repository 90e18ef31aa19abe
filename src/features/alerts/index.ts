export { AlertCard } from './components/AlertCard'
export { Segmented } from './components/Segmented'
export { AlertInboxView } from './components/AlertInboxView'
export { useAlertInbox, type AlertInbox, type AlertTab } from './hooks/useAlertInbox'
