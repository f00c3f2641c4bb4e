export type Manifest = {
  createdAt: string
  format: number
  migrations: string[]
  tables: Record<string, { rows: number; sha256: string }>
  media: Record<string, string>
}
export function tableChecksums(databaseUrl: string): Promise<Record<string, { rows: number; sha256: string }>>
export function backup(options: { databaseUrl: string; mediaDir: string; out: string }): Promise<Manifest>
export function restore(options: { databaseUrl: string; mediaDir: string; from: string; migrate: (databaseUrl: string) => void | Promise<void> }): Promise<Manifest>
export function queryOnce(databaseUrl: string, text: string, values?: unknown[]): Promise<Record<string, any>[]>
