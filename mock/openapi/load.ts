// Merges mock/openapi/index.yaml with every other *.yaml fragment in this folder into one OpenAPI 3.1 document.
// Fragments hold `paths` and `components.*` (schemas, responses, parameters …) and optionally `tags`.
// A path+method or component name defined twice is an error (thrown), so fragments cannot silently override.
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

type Json = Record<string, any>
const HERE = __dirname
let cached: Json | null = null

export function loadOpenApi(dir = HERE): Json {
  if (dir === HERE && cached) return cached
  const doc = parse(fs.readFileSync(path.join(dir, 'index.yaml'), 'utf8')) as Json
  doc.paths ??= {}
  doc.components ??= {}
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'index.yaml')
    .sort()
  for (const file of files) {
    const frag = (parse(fs.readFileSync(path.join(dir, file), 'utf8')) ?? {}) as Json
    for (const [p, ops] of Object.entries<Json>(frag.paths ?? {})) {
      const target = (doc.paths[p] ??= {})
      for (const [method, op] of Object.entries(ops)) {
        if (method in target) throw new Error(`OpenAPI: ${method.toUpperCase()} ${p} is defined twice (again in ${file})`)
        target[method] = op
      }
    }
    for (const [section, entries] of Object.entries<Json>(frag.components ?? {})) {
      const target = (doc.components[section] ??= {})
      for (const [name, value] of Object.entries(entries)) {
        if (name in target) throw new Error(`OpenAPI: components.${section}.${name} is defined twice (again in ${file})`)
        target[name] = value
      }
    }
    for (const tag of (frag.tags ?? []) as Json[]) {
      doc.tags ??= []
      if (doc.tags.some((t: Json) => t.name === tag.name)) throw new Error(`OpenAPI: tag ${tag.name} is defined twice (again in ${file})`)
      doc.tags.push(tag)
    }
    const unknown = Object.keys(frag).filter((k) => !['paths', 'components', 'tags'].includes(k))
    if (unknown.length) throw new Error(`OpenAPI: ${file} may only hold paths, components and tags (found ${unknown.join(', ')})`)
  }
  if (dir === HERE) cached = doc
  return doc
}
