import { defineConfig } from '@hey-api/openapi-ts';

// `.ts` import extensions let Node 24 run the generated client with its built-in type stripping (no build step).
export default defineConfig({
  input: './openapi/container-station.yaml',
  output: { path: 'generated', importFileExtension: '.ts', clean: true },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', { name: '@hey-api/sdk', client: false }],
});
