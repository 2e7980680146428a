import { setupServer } from 'msw/node';
import { createHandlers, taskHandlers } from '@/testing/msw/handlers';

/** The fake API of every test; a test changes it with server.use(...). */
export const server = setupServer(...createHandlers(), ...taskHandlers);
