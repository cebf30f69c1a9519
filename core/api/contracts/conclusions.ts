// Calls of the conclusions feature, merged into the one contract in ../contract.ts.
// import { z } from 'zod';
// import { id, out } from '../contract-kit';

export const conclusionsContract = {} as const;
