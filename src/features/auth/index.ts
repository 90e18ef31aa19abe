export { LoginForm } from './components/LoginForm'
export { signInWithPhone, signInWithWechat, signOut, installAuthRedirect } from './actions'
