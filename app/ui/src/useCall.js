import { ref } from 'vue'

/**
 * A page's calls of the API: `loading` while one runs, `error` (an ApiError, for ProblemAlert) when
 * the last one failed. `run(fn)` answers what `fn` answers, or undefined when it failed.
 */
export function useCall(initiallyLoading = false) {
  const loading = ref(initiallyLoading)
  const error = ref(null)
  async function run(fn) {
    loading.value = true
    error.value = null
    try {
      return await fn()
    } catch (e) {
      error.value = e
      return undefined
    } finally {
      loading.value = false
    }
  }
  return { loading, error, run }
}
