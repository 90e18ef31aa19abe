export { Card } from './Card'
export { StatusTag, type Tone } from './StatusTag'
export { EmptyState, ErrorState, Skeleton, FieldError, Banner } from './States'
export { PageShell } from './PageShell'
