export default definePageConfig({ navigationBarTitleText: '申报“千企百城”' })
