// Builds: see docs/size.md for the sizes of each entry.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default [
  {
    input: { 'oruk-elements': 'src/index.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src' }),
      terser({ ecma: 2022, module: true }),
    ],
  },
];
