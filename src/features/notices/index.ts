// In-app notices (站内消息).
export { useNoticesStore } from './store'
export { NoticeList } from './components/NoticeList'
