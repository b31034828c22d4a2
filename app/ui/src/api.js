// The REST API (/api): every call carries the user's token; an error answer becomes an ApiError
// holding the problem+json, its Chinese message and its field errors.
import { accessToken } from './auth.js'
import { fieldErrors, problemMessage } from './problems.js'

export class ApiError extends Error {
  constructor(problem) {
    super(problemMessage(problem))
    this.problem = problem
    this.status = problem.status
    this.fields = fieldErrors(problem)
  }
}

async function call(method, path, { body, headers = {}, raw = false } = {}) {
  const init = {
    method,
    headers: { Accept: 'application/json', Authorization: `Bearer ${await accessToken()}`, ...headers },
  }
  if (body instanceof Blob) {
    // a file as the body itself (evidence): its own type, the server recognises it by its content
    init.body = body
    init.headers['Content-Type'] = body.type || 'application/octet-stream'
  } else if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers['Content-Type'] = 'application/json'
  }
  let response
  try {
    response = await fetch(`/api/${path}`, init)
  } catch {
    throw new ApiError({ status: 0, detail: '无法连接服务器，请检查网络' })
  }
  if (!response.ok) {
    const text = await response.text()
    let problem
    try {
      problem = JSON.parse(text)
    } catch {
      problem = { status: response.status, detail: text }
    }
    throw new ApiError({ ...problem, status: problem.status || response.status })
  }
  if (raw) return response
  return response.status === 204 ? null : response.json()
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body, headers) => call('POST', path, { body, headers }),
  put: (path, body, headers) => call('PUT', path, { body, headers }),
  del: (path) => call('DELETE', path),
  /** The answer itself, for its headers (an ETag). */
  response: (path) => call('GET', path, { raw: true }),
  /** A file's content (any type), as a Blob. */
  blob: async (path) => (await call('GET', path, { raw: true, headers: { Accept: '*/*' } })).blob(),
}

/** A path segment, encoded. */
export const seg = encodeURIComponent
