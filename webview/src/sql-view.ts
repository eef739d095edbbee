import type { HostMessage, SqlDialect } from '../../client/src/preview/preview-messages.js';
import { byId, h } from './dom.js';
import { tokenizeSql } from './sql-tokens.js';
import { post } from './vscode-api.js';

type SqlMessage = Extract<HostMessage, { type: 'sql' }>;

/** The SQL tab: coloured DDL of one dialect (spans with theme colours, text via textContent), copy, save, verify. */
export class SqlView {
    private readonly code = byId('sql-code');
    private readonly verification = byId('sql-verification');
    private readonly dialectPicker = byId<HTMLSelectElement>('sql-dialect');

    constructor(private dialect: SqlDialect, onDialect: (dialect: SqlDialect) => void) {
        this.dialectPicker.value = dialect;
        this.dialectPicker.addEventListener('change', () => {
            this.dialect = this.dialectPicker.value as SqlDialect;
            onDialect(this.dialect);
            this.request();
        });
        byId('sql-copy').addEventListener('click', () => post({ type: 'copySql', dialect: this.dialect }));
        byId('sql-save').addEventListener('click', () => post({ type: 'saveSql', dialect: this.dialect }));
        byId('sql-verify').addEventListener('click', () => {
            this.verification.textContent = 'Verifying…';
            post({ type: 'verifySql', dialect: this.dialect });
        });
    }

    request(): void {
        post({ type: 'requestSql', dialect: this.dialect });
    }

    show(message: SqlMessage): void {
        if (message.dialect !== this.dialect) return;
        if (message.error !== undefined) {
            this.code.replaceChildren(h('span', { class: 'sql-error' }, message.error));
        } else if (message.sql !== undefined) {
            this.code.replaceChildren(...tokenizeSql(message.sql).map(token =>
                token.kind === 'space' || token.kind === 'punctuation' ? document.createTextNode(token.text) : h('span', { class: `sql-${token.kind}` }, token.text)));
        }
        if (message.note !== undefined) {
            this.verification.className = 'status failed';
            this.verification.textContent = message.note;
        }
        if (message.verification) {
            const { ok, engine, message: detail } = message.verification;
            this.verification.className = `status ${ok ? 'ok' : 'failed'}`;
            this.verification.textContent = `${ok ? '✓' : '✗'} ${engine}: ${detail}`;
        }
    }
}
