// The few theme colours that must be passed as literals (Taro.showModal's confirmColor, canvas fills):
// the same values as the CSS tokens in src/app.scss — test/unit/shared/theme.test.ts checks they agree.
export const THEME_COLORS = {
  /** --app-primary */
  primary: '#1a5fb4',
  /** --app-danger: only for what is urgent or a refusal */
  danger: '#c62828',
  /** --app-card */
  card: '#ffffff',
} as const
