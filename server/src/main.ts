import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createTracewrightServices } from './language/tracewright-module.js';
import { registerServerHandlers } from './lsp/server-handlers.js';

// The language server: wires a connection to the services. Over IPC when VS Code starts it, over stdio otherwise.
const connection = createConnection(ProposedFeatures.all);
const { shared, Tracewright } = createTracewrightServices({ connection, ...NodeFileSystem });
registerServerHandlers(connection, shared, Tracewright);
startLanguageServer(shared);
