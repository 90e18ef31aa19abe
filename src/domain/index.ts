// Light domain modules (pure TS, shared by app and mock). Heavy data (area codes) is imported directly.
export * from './contract'
export * from './ids'
export * from './validate'
export * from './calendar'
export * from './deadlines'
export * from './booking'
