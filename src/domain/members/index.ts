// Member register of a collective / certification mark (用标管理) and the non-use defence bundle.
export * from './member'
export * from './figures'
export * from './bundle'
export * from './bundleHtml'
