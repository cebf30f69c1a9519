// Calls of the network feature, merged into the one contract in ../contract.ts.
// import { z } from 'zod';
// import { id, out } from '../contract-kit';

export const networkContract = {} as const;
