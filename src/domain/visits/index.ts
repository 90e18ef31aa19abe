// Service visits (服务记录): declarations, follow-ups, station figures.
export * from './visit'
export * from './followup'
export * from './figures'
