export default definePageConfig({ navigationBarTitleText: '千企百城' })
