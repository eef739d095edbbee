import { DefaultCompletionProvider, type CompletionProviderOptions } from 'langium/lsp';

/** Langium's completion, opened automatically after `.` so `traces Incident.` lists the attributes at once. */
export class TracewrightCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
}
