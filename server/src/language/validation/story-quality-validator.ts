import type { ValidationAcceptor } from 'langium';
import type { AcceptanceCriterion, Story } from '../../generated/ast.js';
import { report } from '../rules/report.js';

/** "I want to search" and "so that I can search" say the same thing once the filler words are gone. */
function essence(text: string): string {
    return text.toLowerCase()
        .replace(/\b(?:i|we|to|be|able|can|could|so|that|want|will|the|a|an|my|our)\b/g, ' ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}

/**
 * User stories: a declared role (the grammar makes `as` a reference to a stakeholder, so a misspelt
 * role is already a linking error; this checks that there is one at all), a want and a benefit that
 * differ, and acceptance criteria shaped as tests.
 */
export class StoryQualityValidator {

    checkStoryIsComplete(story: Story, accept: ValidationAcceptor): void {
        if (!story.role) {
            report(accept, 'story-without-role', `Story '${story.name}' names no role. Add \`as <Stakeholder>\` for whose need it serves.`, { node: story, property: 'name' });
        }
        const missing = [story.want === undefined ? '`want "..."` (what is wanted)' : undefined, story.benefit === undefined ? '`so "..."` (why)' : undefined]
            .filter((part): part is string => part !== undefined);
        if (missing.length > 0) {
            report(accept, 'incomplete-story', `Story '${story.name}' lacks ${missing.join(' and ')}. Add it.`, { node: story, property: 'name' });
        }
        if (story.want !== undefined && story.benefit !== undefined) {
            const want = essence(story.want);
            if (want.length > 0 && want === essence(story.benefit)) {
                report(accept, 'benefit-repeats-want', `The benefit repeats the want. Ask why once more: the answer is the benefit.`, { node: story, property: 'benefit' });
            }
        }
        if (story.priority === 'must' && story.criteria.length === 0) {
            report(accept, 'must-story-without-acceptance', `Story '${story.name}' is a must-have without acceptance criteria. Add \`acceptance "..." { given "..." when "..." then "..." }\`.`,
                { node: story, property: 'priority' });
        }
    }

    checkCriterionIsATest(criterion: AcceptanceCriterion, accept: ValidationAcceptor): void {
        const missing = (['given', 'when', 'then'] as const).filter(part => criterion[part] === undefined);
        if (missing.length > 0) {
            report(accept, 'incomplete-acceptance-criterion', `This acceptance criterion has no ${missing.map(p => `\`${p}\``).join(', ')}. Give the starting state (given), the action (when) and the outcome (then).`,
                { node: criterion, property: 'title' });
        }
    }
}
