// Reads a Parquet file with hyparquet, an independent JavaScript reader,
// and prints one JSON object: the schema (each leaf's physical type,
// logical or converted type and repetition) and the rows, dates as
// YYYY-MM-DD. Used by output's TestParquetIndependentReader.
import { readFileSync } from 'node:fs'
import { parquetMetadata, parquetSchema, parquetReadObjects } from 'hyparquet'

const buf = readFileSync(process.argv[2])
const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
const metadata = parquetMetadata(file)
const columns = {}
for (const child of parquetSchema(metadata).children) {
  const e = child.element
  columns[e.name] = {
    type: e.type,
    logical: e.logical_type ? e.logical_type.type : '',
    converted: e.converted_type || '',
    repetition: e.repetition_type,
  }
}
const rows = await parquetReadObjects({ file })
const out = rows.map(r => {
  const o = {}
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Date) o[k] = v.toISOString().slice(0, 10)
    else if (typeof v === 'bigint') o[k] = Number(v)
    else o[k] = v
  }
  return o
})
process.stdout.write(JSON.stringify({ columns, rows: out }))
