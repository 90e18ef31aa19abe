// The OpenAPI 3.1 document served at /api/openapi.json and used by the API tests: generated from the zod
// declarations (mock/openapi/generate.ts), once per process.
import { generateOpenApi } from './generate'

type Json = Record<string, any>
let cached: Json | null = null

export function loadOpenApi(): Json {
  cached ??= generateOpenApi()
  return cached
}
