import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { login } from './auth.js'
import { createAppRouter } from './router.js'
import { useSession } from './stores/session.js'

async function start() {
  await login()
  const app = createApp(App)
  app.use(createPinia())
  await useSession().load()
  app.use(createAppRouter())
  app.mount('#app')
}

start().catch((e) => {
  document.getElementById('app').innerHTML =
    '<div class="boot">无法启动考评系统：' + String(e?.message || e).replace(/[<>&]/g, '') + '</div>'
})
