// Narrow entry for the staff side (pkg-staff): link requests only, without the directory / area picker code.
export { LinkRequests } from './components/LinkRequests'
export { LINK_TONE } from './components/LinkButton'
