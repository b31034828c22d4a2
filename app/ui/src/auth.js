// Login through Keycloak (authorization code with PKCE S256, public client `kaoping-web`); the
// realm and client come from the server (/ui-config), so one build serves any deployment.
import Keycloak from 'keycloak-js'

let keycloak

/** Logs in (redirecting to Keycloak's page when there is no session) and keeps the token fresh. */
export async function login() {
  const response = await fetch('/ui-config', { headers: { Accept: 'application/json' } })
  if (!response.ok) throw new Error(`/ui-config: ${response.status}`)
  const { issuer, clientId } = await response.json()
  const at = issuer.lastIndexOf('/realms/')
  keycloak = new Keycloak({
    url: issuer.slice(0, at),
    realm: decodeURIComponent(issuer.slice(at + '/realms/'.length)),
    clientId,
  })
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false })
  setInterval(() => keycloak.updateToken(60).catch(() => keycloak.login()), 30_000)
  return keycloak.tokenParsed
}

/** A valid access token for the API, refreshed when it has less than 30 s left. */
export async function accessToken() {
  try {
    await keycloak.updateToken(30)
  } catch {
    await keycloak.login()
  }
  return keycloak.token
}

export function claims() {
  return keycloak?.tokenParsed || {}
}

export function logout() {
  return keycloak.logout({ redirectUri: `${window.location.origin}/` })
}

export function accountUrl() {
  return keycloak.createAccountUrl()
}
