// The part of @20minutes/s3rver (a local S3-compatible server, object-storage.int.spec.ts) that the tests use; it ships no types.
declare module '@20minutes/s3rver' {
  export default class S3rver {
    constructor(options: { address?: string; port?: number; silent?: boolean; directory: string; configureBuckets?: { name: string }[] })
    run(): Promise<{ address: string; port: number }>
    close(callback?: (error?: Error) => void): void
  }
}
