export { AlertCard } from './components/AlertCard'
export { Segmented } from './components/Segmented'
