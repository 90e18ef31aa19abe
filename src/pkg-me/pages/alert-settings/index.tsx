import type { AlertSettings } from '@/domain/contract'
import { AlertSettingsView, useAlertSettings } from '@/features/alerts'
import { PageShell } from '@/shared'

export default function AlertSettingsPage() {
  const settings = useAlertSettings()
  return <PageShell<AlertSettings> query={settings.query}>{(s) => <AlertSettingsView settings={s} state={settings} />}</PageShell>
}
