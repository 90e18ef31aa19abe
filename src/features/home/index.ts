export { ApplicantHomeView } from './components/ApplicantHomeView'
export { StaffHomeView } from './components/StaffHomeView'
export { ReviewerHomeView } from './components/ReviewerHomeView'
export { HomeHeader } from './components/HomeHeader'
