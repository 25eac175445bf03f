import { defineConfig } from 'vitest/config';
import { refrainGazetteer } from './src/node/gazetteer.ts';

export default defineConfig({
  // The gazetteer's virtual URL module, so app modules that load it can be imported in tests.
  plugins: [refrainGazetteer()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
