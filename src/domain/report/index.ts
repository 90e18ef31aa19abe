// Yearly brand report (年度报送): annex 6/7 declarations, validation, year-over-year check, states.
export * from './checklist'
export * from './fields'
export * from './schema'
export * from './compare'
export * from './lifecycle'
export * from './prefill'
